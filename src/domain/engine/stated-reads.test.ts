import { describe, expect, it } from 'vitest';
import { statesAnyRead } from './stated-reads';

describe('statesAnyRead', () => {
  const plan = { keyStore: { name: 'a', empty: '' }, keys: [{}, { Tags: [{ TagKey: 'k' }] }] };

  it('finds a stated value at a pointer, including an empty text', () => {
    expect(statesAnyRead(plan, ['/keyStore/name'])).toBe(true);
    expect(statesAnyRead(plan, ['/keyStore/empty'])).toBe(true);
    expect(statesAnyRead(plan, ['/keyStore/other', '/proxy/tlsVersions'])).toBe(false);
  });

  it('looks through every item for `*`', () => {
    expect(statesAnyRead(plan, ['/keys/*/Tags/*/TagKey'])).toBe(true);
    expect(statesAnyRead(plan, ['/keys/*/Tags/*/TagValue'])).toBe(false);
    expect(statesAnyRead({ keys: [] }, ['/keys/*/Description'])).toBe(false);
  });

  it('counts the whole document as stated, and nothing inside a value that is not an object', () => {
    expect(statesAnyRead({}, [''])).toBe(true);
    expect(statesAnyRead({ keyStore: 'text' }, ['/keyStore/name'])).toBe(false);
    expect(statesAnyRead({ keys: { 0: { a: 1 } } }, ['/keys/*/a'])).toBe(false);
  });

  it('does not count the Region or the connectivity alone when a rule reads other values too', () => {
    const placed = {
      region: 'eu-west-1',
      keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' },
    };
    expect(statesAnyRead(placed, ['/region', '/vpc/subnets/*/availabilityZone'])).toBe(false);
    expect(statesAnyRead(placed, ['/keyStore/XksProxyConnectivity', '/endpointService/name'])).toBe(
      false,
    );
    expect(statesAnyRead(placed, ['/region'])).toBe(true);
    expect(
      statesAnyRead({ ...placed, vpc: { subnets: [{ availabilityZone: 'eu-west-1a' }] } }, [
        '/region',
        '/vpc/subnets/*/availabilityZone',
      ]),
    ).toBe(true);
  });
});
