/**
 * The QR code of a report's share link, for the page and the HTML file alike: uqr makes the module
 * matrix, and the dark modules are drawn as one SVG path (plain data, no markup to escape).
 */
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, the quiet border included. */
  readonly size: number;
  /** The dark modules, a unit square each. */
  readonly path: string;
}

/**
 * The longest link whose QR code still scans from paper at the printed size (42 mm): about 1 KB
 * at the lowest error correction is version 22, 109 modules with the border, 0.4 mm each.
 */
export const scannableLinkCharacters = 1024;

/** The QR code of a link, or undefined when the link is too long for one that scans on paper. */
export function qrCode(link: string): QrCode | undefined {
  if (link.length > scannableLinkCharacters) return undefined;
  let matrix: boolean[][];
  try {
    // Low error correction: the largest link that fits, and a screen or paper is rarely damaged.
    matrix = encode(link, { ecc: 'L', border: 2 }).data;
  } catch {
    return undefined;
  }
  const squares: string[] = [];
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size: matrix.length, path: squares.join('') };
}

/** What the page says beside the share link: whether it printed a QR code, and why not. */
export function qrNote(link: string, code: QrCode | undefined): string {
  return code
    ? 'The QR code holds the share link; it scans from paper at the printed size.'
    : `No QR code: the share link has ${link.length} characters, more than the ${scannableLinkCharacters} a QR code can hold and still scan from paper; the link is printed as text instead.`;
}

/** The code as a standalone SVG element, black on white so phones read it in dark mode too. */
export function printQrSvg(code: QrCode): string {
  return [
    `<svg class="qr-code" viewBox="0 0 ${code.size} ${code.size}" role="img" aria-label="QR code of the share link" shape-rendering="crispEdges">`,
    `<rect width="${code.size}" height="${code.size}" fill="#fff"/>`,
    `<path d="${code.path}" fill="#000"/>`,
    '</svg>',
  ].join('');
}
