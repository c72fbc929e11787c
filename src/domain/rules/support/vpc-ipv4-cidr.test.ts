import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, parseIpv4Cidr } from './vpc-ipv4-cidr';

const cidr = (text: string) => parseIpv4Cidr(text)!;

describe('IPv4 CIDR helpers', () => {
  it('parses blocks and masks host bits', () => {
    expect(parseIpv4Cidr('10.20.5.7/16')).toEqual({ network: 0x0a140000, prefixLength: 16 });
    expect(parseIpv4Cidr(' 0.0.0.0/0 ')).toEqual({ network: 0, prefixLength: 0 });
    expect(parseIpv4Cidr('255.255.255.255/32')).toEqual({ network: 0xffffffff, prefixLength: 32 });
  });

  it('refuses what is not an IPv4 CIDR block', () => {
    for (const text of ['10.0.0.0', '10.0.0.0/33', '10.0.0/8', '256.0.0.0/8', 'fd00::/8', ''])
      expect(parseIpv4Cidr(text), text).toBeUndefined();
  });

  it('finds overlaps in either direction, and not between neighbours', () => {
    expect(cidrsOverlap(cidr('10.0.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.0.0/8'), cidr('10.255.0.0/16'))).toBe(true);
    expect(cidrsOverlap(cidr('0.0.0.0/0'), cidr('192.168.1.0/24'))).toBe(true);
    expect(cidrsOverlap(cidr('10.20.0.0/16'), cidr('10.21.0.0/16'))).toBe(false);
    expect(cidrsOverlap(cidr('192.168.0.0/25'), cidr('192.168.0.128/25'))).toBe(false);
  });

  it('tells whether an address lies in a block', () => {
    expect(cidrContains(cidr('172.16.0.0/12'), '172.31.255.255')).toBe(true);
    expect(cidrContains(cidr('172.16.0.0/12'), '172.32.0.0')).toBe(false);
    expect(cidrContains(cidr('10.0.0.0/8'), 'not-an-address')).toBe(false);
  });
});
