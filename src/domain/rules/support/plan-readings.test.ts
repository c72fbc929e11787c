import { describe, expect, it } from 'vitest';
import { ipv4Number, isIpv4Literal } from './plan-readings';

describe('isIpv4Literal', () => {
  it.each(['10.0.0.5', '0.0.0.0', '255.255.255.255', '192.168.001.010'])('accepts %s', (text) => {
    expect(isIpv4Literal(text)).toBe(true);
  });

  it.each([
    '256.0.0.1',
    '10.0.0',
    '10.0.0.5.1',
    '10.0.0.1234',
    '10.0.0.-1',
    ' 10.0.0.5',
    '10.0.0.5\n',
    'a.b.c.d',
    '10..0.5',
    '',
    'proxy.example.com',
  ])('refuses %j', (text) => {
    expect(isIpv4Literal(text)).toBe(false);
  });
});

describe('ipv4Number', () => {
  it('gives the address as an unsigned 32-bit number', () => {
    expect(ipv4Number('0.0.0.0')).toBe(0);
    expect(ipv4Number('10.20.5.7')).toBe(0x0a140507);
    expect(ipv4Number('255.255.255.255')).toBe(0xffffffff);
    expect(ipv4Number('192.168.001.010')).toBe(0xc0a8010a);
  });

  it('gives undefined for what is not a dotted quad', () => {
    for (const text of ['256.0.0.1', '1.2.3', '1.2.3.4.', '.1.2.3', '1.2.3.4.5', '1.2.3.1000', 'x'])
      expect(ipv4Number(text), text).toBeUndefined();
  });
});
