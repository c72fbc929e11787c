import { boundaryStyles, diagramText, type ArchitectureDiagram } from './architecture';
import { escapeHtml } from './escape-html';

/**
 * The diagram as a standalone SVG element for the HTML and Markdown files. Every text is escaped;
 * colours follow the surrounding text (currentColor) so it reads in print and in dark mode.
 */
export function printArchitectureSvg(diagram: ArchitectureDiagram): string {
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="architecture" viewBox="0 0 ${diagram.width} ${diagram.height}" width="${diagram.width}" height="${diagram.height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="architecture-title architecture-description">`,
    '<title id="architecture-title">Architecture</title>',
    `<desc id="architecture-description">${escapeHtml(diagram.description)}</desc>`,
    '<defs><marker id="architecture-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>',
  ];
  for (const boundary of diagram.boundaries) {
    const { dashArray } = boundaryStyles[boundary.kind];
    lines.push(
      `<rect x="${boundary.x}" y="${boundary.y}" width="${boundary.width}" height="${boundary.height}" rx="6" fill="none" stroke="currentColor"${dashArray ? ` stroke-dasharray="${dashArray}"` : ''} data-boundary="${boundary.kind}"/>`,
      `<text x="${boundary.labelX}" y="${boundary.labelY}" text-anchor="end" font-size="${diagramText.lineSize}" font-style="italic" fill="currentColor">${escapeHtml(boundary.label)}</text>`,
    );
  }
  for (const box of diagram.boxes) {
    lines.push(
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="none" stroke="currentColor" stroke-width="${box.tlsTerminatesHere ? 3 : 1.5}"/>`,
      `<text x="${box.x + 12}" y="${box.y + 24}" font-size="${diagramText.titleSize}" font-weight="bold" fill="currentColor">${escapeHtml(box.title)}</text>`,
      ...box.lines.map(
        (line, index) =>
          `<text x="${box.x + 12}" y="${box.y + 24 + diagramText.lineHeight * (index + 1)}" font-size="${diagramText.lineSize}" fill="currentColor">${escapeHtml(line)}</text>`,
      ),
    );
  }
  for (const arrow of diagram.arrows) {
    lines.push(
      `<line x1="${arrow.x}" y1="${arrow.fromY}" x2="${arrow.x}" y2="${arrow.toY - 2}" stroke="currentColor" stroke-width="1.5" marker-end="url(#architecture-arrow)"/>`,
      `<text x="${arrow.x + 12}" y="${arrow.labelY}" font-size="${diagramText.lineSize}" fill="currentColor">${escapeHtml(arrow.label)}</text>`,
    );
  }
  lines.push('</svg>');
  return lines.join('\n');
}
