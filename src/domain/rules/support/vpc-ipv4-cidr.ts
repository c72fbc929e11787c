/** IPv4 CIDR arithmetic for the VPC rules (overlap with the data centre, targets outside the VPC). */
import { isIpv4Literal } from './plan-facts';

export interface Ipv4Cidr {
  /** First address of the block, as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefixLength: number;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function mask(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}

/** Parses `a.b.c.d/n`; undefined for anything else (host bits are ignored, as AWS masks them). */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(text.trim());
  if (!match?.[1] || !match[2] || !isIpv4Literal(match[1])) return undefined;
  const prefixLength = Number(match[2]);
  if (prefixLength > 32) return undefined;
  return { network: (ipv4ToNumber(match[1]) & mask(prefixLength)) >>> 0, prefixLength };
}

/** Two blocks overlap when they agree on the bits of the shorter prefix. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const shared = mask(Math.min(a.prefixLength, b.prefixLength));
  return (a.network & shared) >>> 0 === (b.network & shared) >>> 0;
}

/** Whether an IPv4 address literal lies inside the block. */
export function cidrContains(cidr: Ipv4Cidr, address: string): boolean {
  if (!isIpv4Literal(address)) return false;
  return (ipv4ToNumber(address) & mask(cidr.prefixLength)) >>> 0 === cidr.network;
}
