import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { findExample } from '../plan/examples';
import { encodePlanLink } from '../share/share-codec';
import { printQrSvg, qrCode, qrNote, scannableLinkCharacters } from './qr-code';

// The share link of the smallest example, cut to the size a QR code on paper can hold.
const exampleLink =
  `https://planner.example/report#plan=${encodePlanLink(findExample('vpc-endpoint-service-draft')!.document)}`.slice(
    0,
    900,
  );

describe('qrCode', () => {
  it('draws every dark module of the link, and only those', () => {
    const code = qrCode(exampleLink)!;
    const matrix = encode(exampleLink, { ecc: 'L', border: 2 }).data;
    expect(code.size).toBe(matrix.length);
    const drawn = [...code.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`);
    const dark = matrix.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
    expect(drawn).toEqual(dark);
  });

  it('says when a link is too long for a QR code', () => {
    expect(qrCode(`https://planner.example/#plan=1.${'A'.repeat(8000)}`)).toBeUndefined();
  });

  it('prints no QR code for a link too long to scan from paper, and says so', () => {
    const longLink = `https://planner.example/#plan=1.${'A'.repeat(1400)}`;
    expect(encode(longLink, { ecc: 'L', border: 2 }).data.length).toBeGreaterThan(0);
    expect(qrCode(longLink)).toBeUndefined();
    expect(qrNote(longLink, undefined)).toContain(`more than the ${scannableLinkCharacters}`);
    const atLimit = `https://p.example/#${'A'.repeat(scannableLinkCharacters - 19)}`;
    expect(atLimit.length).toBe(scannableLinkCharacters);
    expect(qrCode(atLimit)).toBeDefined();
    expect(qrNote(atLimit, qrCode(atLimit))).toContain('scans from paper');
  });

  it('prints a self-contained SVG of the same size', () => {
    const code = qrCode(exampleLink)!;
    const svg = printQrSvg(code);
    expect(svg).toContain(`viewBox="0 0 ${code.size} ${code.size}"`);
    expect(svg).toContain(`d="${code.path}"`);
  });
});
