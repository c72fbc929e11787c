import { useId } from 'react';
import {
  boundaryStyles,
  diagramText,
  type ArchitectureDiagram,
} from '@/domain/report/architecture';

/**
 * The architecture diagram as React SVG elements, from the same model and layout as the files'
 * SVG printer; plan text is only ever text content.
 */
export function ArchitectureDiagramView({ diagram }: { readonly diagram: ArchitectureDiagram }) {
  const id = useId();
  const marker = `${id}-arrow`;
  return (
    <svg
      className="architecture"
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      width={diagram.width}
      height={diagram.height}
      role="img"
      aria-labelledby={`${id}-title ${id}-description`}
      fontFamily="system-ui, sans-serif"
    >
      <title id={`${id}-title`}>Architecture</title>
      <desc id={`${id}-description`}>{diagram.description}</desc>
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {diagram.boundaries.map((boundary) => (
        <g key={boundary.label}>
          <rect
            x={boundary.x}
            y={boundary.y}
            width={boundary.width}
            height={boundary.height}
            rx="6"
            fill="none"
            stroke="currentColor"
            strokeDasharray={boundaryStyles[boundary.kind].dashArray}
            data-boundary={boundary.kind}
          />
          <text
            x={boundary.labelX}
            y={boundary.labelY}
            textAnchor="end"
            fontSize={diagramText.lineSize}
            fontStyle="italic"
            fill="currentColor"
          >
            {boundary.label}
          </text>
        </g>
      ))}
      {diagram.boxes.map((box) => (
        <g key={box.id}>
          <rect
            x={box.x}
            y={box.y}
            width={box.width}
            height={box.height}
            rx="4"
            fill="none"
            stroke="currentColor"
            strokeWidth={box.tlsTerminatesHere ? 3 : 1.5}
          />
          <text
            x={box.x + 12}
            y={box.y + 24}
            fontSize={diagramText.titleSize}
            fontWeight="bold"
            fill="currentColor"
          >
            {box.title}
          </text>
          {box.lines.map((line, index) => (
            <text
              key={index}
              x={box.x + 12}
              y={box.y + 24 + diagramText.lineHeight * (index + 1)}
              fontSize={diagramText.lineSize}
              fill="currentColor"
            >
              {line}
            </text>
          ))}
        </g>
      ))}
      {diagram.arrows.map((arrow) => (
        <g key={arrow.fromY}>
          <line
            x1={arrow.x}
            y1={arrow.fromY}
            x2={arrow.x}
            y2={arrow.toY - 2}
            stroke="currentColor"
            strokeWidth="1.5"
            markerEnd={`url(#${marker})`}
          />
          <text
            x={arrow.x + 12}
            y={arrow.labelY}
            fontSize={diagramText.lineSize}
            fill="currentColor"
          >
            {arrow.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
