import { useRef, type KeyboardEvent } from 'react';
import type { ExportFormat } from '@/domain/generators';
import { formatInfo } from '../export/formats';

export const tabId = (format: ExportFormat) => `export-tab-${format}`;
export const panelId = (format: ExportFormat) => `export-panel-${format}`;

/**
 * The export formats as tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move
 * between the tabs, and the tab reached is shown at once.
 */
export function ExportFormatTabs({
  formats,
  selected,
  onSelect,
}: {
  readonly formats: readonly ExportFormat[];
  readonly selected: ExportFormat;
  readonly onSelect: (format: ExportFormat) => void;
}) {
  const tabs = useRef(new Map<ExportFormat, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = formats.indexOf(selected);
    const target = {
      ArrowRight: formats[(index + 1) % formats.length],
      ArrowLeft: formats[(index - 1 + formats.length) % formats.length],
      Home: formats[0],
      End: formats[formats.length - 1],
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    tabs.current.get(target)?.focus();
  }

  return (
    <div role="tablist" aria-label="Export format" className="export-tabs">
      {formats.map((format) => {
        const isSelected = format === selected;
        return (
          <button
            key={format}
            ref={(element) => {
              if (element) tabs.current.set(format, element);
              else tabs.current.delete(format);
            }}
            type="button"
            role="tab"
            id={tabId(format)}
            className="export-tab"
            aria-selected={isSelected}
            aria-controls={panelId(format)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(format)}
            onKeyDown={onKeyDown}
          >
            {formatInfo[format].label}
          </button>
        );
      })}
    </div>
  );
}
