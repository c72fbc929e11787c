import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { findExample } from '../plan/examples';
import { encodePlanLink } from '../share/share-codec';
import { printQrSvg, qrCode } from './qr-code';

const exampleLink = `https://planner.example/report#plan=${encodePlanLink(findExample('vpc-cross-account')!.document)}`;

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

  it('prints a self-contained SVG of the same size', () => {
    const code = qrCode(exampleLink)!;
    const svg = printQrSvg(code);
    expect(svg).toContain(`viewBox="0 0 ${code.size} ${code.size}"`);
    expect(svg).toContain(`d="${code.path}"`);
  });
});
