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

/** The QR code of a link, or undefined when the link is too long for one. */
export function qrCode(link: string): QrCode | undefined {
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

/** The code as a standalone SVG element, black on white so phones read it in dark mode too. */
export function printQrSvg(code: QrCode): string {
  return [
    `<svg class="qr-code" viewBox="0 0 ${code.size} ${code.size}" role="img" aria-label="QR code of the share link" shape-rendering="crispEdges">`,
    `<rect width="${code.size}" height="${code.size}" fill="#fff"/>`,
    `<path d="${code.path}" fill="#000"/>`,
    '</svg>',
  ].join('');
}
