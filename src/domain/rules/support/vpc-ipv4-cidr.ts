/** IPv4 CIDR arithmetic for the VPC rules (overlap with the data centre, targets outside the VPC). */
import { ipv4Number } from './plan-readings';

export interface Ipv4Cidr {
  /** First address of the block, as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefixLength: number;
}

function mask(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}

/** Parses `a.b.c.d/n`; undefined for anything else (host bits are ignored, as AWS masks them). */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(text.trim());
  const address = match?.[1] === undefined ? undefined : ipv4Number(match[1]);
  if (address === undefined || !match?.[2]) return undefined;
  const prefixLength = Number(match[2]);
  if (prefixLength > 32) return undefined;
  return { network: (address & mask(prefixLength)) >>> 0, prefixLength };
}

/** Two blocks overlap when they agree on the bits of the shorter prefix. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const shared = mask(Math.min(a.prefixLength, b.prefixLength));
  return (a.network & shared) >>> 0 === (b.network & shared) >>> 0;
}

/** Whether an IPv4 address literal lies inside the block. */
export function cidrContains(cidr: Ipv4Cidr, address: string): boolean {
  const number = ipv4Number(address);
  return number !== undefined && (number & mask(cidr.prefixLength)) >>> 0 === cidr.network;
}
