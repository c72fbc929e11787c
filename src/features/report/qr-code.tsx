import { encode } from 'uqr';

/** The dark modules of a QR code as one SVG path: a unit square per module. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const squares: string[] = [];
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return squares.join('');
}

/** The matrix of a link, or undefined when the link is too long for a QR code. */
export function qrMatrix(link: string): boolean[][] | undefined {
  try {
    return encode(link, { ecc: 'L', border: 2 }).data;
  } catch {
    return undefined;
  }
}

/** A QR code of the share link, drawn black on white so that phones read it in dark mode too. */
export function QrCode({ link }: { readonly link: string }) {
  const matrix = qrMatrix(link);
  if (!matrix) return <p className="qr-missing">The link is too long for a QR code.</p>;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${matrix.length} ${matrix.length}`}
      role="img"
      aria-label="QR code of the share link"
      shapeRendering="crispEdges"
    >
      <rect width={matrix.length} height={matrix.length} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
