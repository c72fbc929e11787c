/** IPv4 address ranges that the internet cannot route to, for the public endpoint rules. */
import { cidrContains, parseIpv4Cidr, type Ipv4Cidr } from './vpc-ipv4-cidr';

interface NamedRange {
  readonly cidr: Ipv4Cidr;
  readonly name: string;
}

function range(cidr: string, name: string): NamedRange {
  return { cidr: parseIpv4Cidr(cidr)!, name };
}

// Special-purpose ranges (RFC 6890) that never reach a host on the internet. Documentation and
// benchmarking ranges are left out on purpose: examples use 203.0.113.0/24 for public addresses.
const nonPublicRanges: readonly NamedRange[] = [
  range('0.0.0.0/8', '"this network" range 0.0.0.0/8'),
  range('10.0.0.0/8', 'private range 10.0.0.0/8'),
  range('100.64.0.0/10', 'shared (carrier-grade NAT) range 100.64.0.0/10'),
  range('127.0.0.0/8', 'loopback range 127.0.0.0/8'),
  range('169.254.0.0/16', 'link-local range 169.254.0.0/16'),
  range('172.16.0.0/12', 'private range 172.16.0.0/12'),
  range('192.168.0.0/16', 'private range 192.168.0.0/16'),
  range('224.0.0.0/4', 'multicast range 224.0.0.0/4'),
  range('240.0.0.0/4', 'reserved range 240.0.0.0/4 (including the broadcast address)'),
];

/** The name of the non-public range an IPv4 literal falls in, or undefined for a public address. */
export function nonPublicIpv4Range(address: string): string | undefined {
  return nonPublicRanges.find((candidate) => cidrContains(candidate.cidr, address))?.name;
}
