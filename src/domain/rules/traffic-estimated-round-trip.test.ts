import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-estimated-round-trip';

// The ready public plan: eu-west-1, proxy and key manager instances in Dublin, both legs measured.
const ready = findExample('public-endpoint-ready')!.document;
const unmeasured = withPlan(ready, {
  traffic: { roundTripMs: undefined, proxyToKeyManagerMs: undefined },
});
const sites = (proxyCity: string, keyManagerCity = proxyCity) =>
  withPlan(unmeasured, {
    proxy: { site: { city: proxyCity } },
    externalKeyManager: { site: { city: keyManagerCity } },
  });

testRule(rule, {
  valid: [
    { name: 'a ready public plan (measured)', document: ready },
    { name: 'a ready VPC plan (measured)', document: findExample('vpc-cross-account')!.document },
    { name: 'proxy and key manager in the Region city, unmeasured', document: unmeasured },
    { name: 'Frankfurt is about 22 ms from Dublin', document: sites('Frankfurt') },
    {
      name: 'coordinates given for an unlisted place near the Region',
      document: withPlan(unmeasured, {
        proxy: { site: { city: 'Cork', latitude: 51.9, longitude: -8.47 } },
      }),
    },
    {
      name: 'a measured Region leg over 35 ms is traffic-round-trip-time’s finding',
      document: withPlan(sites('Dublin', 'Istanbul'), { traffic: { roundTripMs: 40 } }),
    },
  ],
  invalid: [
    {
      name: 'Istanbul: the estimate is over 35 ms, the floor is not',
      document: sites('Istanbul'),
      errors: [{ messageId: 'estimate-over-target', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'New York: even the floor is over 35 ms',
      document: sites('New York'),
      errors: [{ messageId: 'floor-over-target', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'Sydney from Ireland: every call would time out',
      document: sites('Sydney'),
      errors: [{ messageId: 'estimate-over-timeout', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'only the key manager leg is estimated',
      document: withPlan(sites('Dublin', 'Istanbul'), { traffic: { roundTripMs: 5 } }),
      errors: [{ messageId: 'estimate-over-target', path: '/traffic/proxyToKeyManagerMs' }],
    },
  ],
  unknown: [
    {
      name: 'an unknown city cannot be estimated',
      document: withPlan(unmeasured, {
        proxy: { site: { city: 'Atlantis' }, instances: [{ id: 'p1' }] },
      }),
      missing: ['/traffic/roundTripMs', '/traffic/proxyToKeyManagerMs'],
    },
    {
      name: 'the key manager leg can be neither measured nor estimated',
      document: withPlan(sites('Dublin'), {
        externalKeyManager: { site: undefined, instances: [{ id: 'k1' }] },
      }),
      missing: ['/traffic/proxyToKeyManagerMs'],
    },
  ],
});
