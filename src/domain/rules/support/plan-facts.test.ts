import { describe, expect, it } from 'vitest';
import { isIpv4Literal } from './plan-facts';

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
