import { qrCode, qrNote } from '@/domain/report/qr-code';

/** A QR code of the share link, drawn black on white so that phones read it in dark mode too. */
export function QrCode({ link }: { readonly link: string }) {
  const code = qrCode(link);
  if (!code) return <p className="qr-missing">{qrNote(link, code)}</p>;
  return (
    <>
      <svg
        className="qr-code"
        viewBox={`0 0 ${code.size} ${code.size}`}
        role="img"
        aria-label="QR code of the share link"
        shapeRendering="crispEdges"
      >
        <rect width={code.size} height={code.size} fill="#fff" />
        <path d={code.path} fill="#000" />
      </svg>
      <p className="report-muted">{qrNote(link, code)}</p>
    </>
  );
}
