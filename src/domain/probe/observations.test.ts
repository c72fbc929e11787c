import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { observationsFromProbeResult } from './observations';
import { describeObservations, withObservations } from './plan-observations';

const probeResult = {
  kind: 'xks-probe-result',
  measuredAt: '2026-12-05T10:15:30.000Z',
  measuredFrom: 'bastion-1',
  target: { endpoint: 'https://xks.example.com', uriPath: '/kms/xks/v1', region: 'eu-west-1' },
  checks: [
    { id: 'tcp-connect', status: 'pass', message: 'connected', ms: 3 },
    { id: 'latency', status: 'fail', message: 'slow', connectionErrorCode: 'XKS_PROXY_TIMED_OUT' },
  ],
  latency: { samples: 20, p50_ms: 12.5, p99_ms: 300 },
  tls: {
    version: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    acceptedCipherSuites: [],
    chain: [],
    chainPem: 'PEM',
  },
  summary: { passed: 1, failed: 1, skipped: 0, verdict: 'fail' },
};

describe('observations', () => {
  it('turns a probe result into the plan section', () => {
    const converted = observationsFromProbeResult(probeResult);
    expect(converted).toMatchObject({
      observed: {
        measuredAt: '2026-12-05T10:15:30.000Z',
        measuredFrom: 'bastion-1',
        endpoint: 'https://xks.example.com/kms/xks/v1',
        latency: { samples: 20, p50Ms: 12.5, p99Ms: 300 },
        tls: { version: 'TLSv1.3', chainPem: 'PEM' },
      },
    });
  });

  it('names what is wrong with a file that is not a usable probe result', () => {
    expect(observationsFromProbeResult({ version: 1 })).toEqual({
      problem: 'not an xks-planner probe result (no "kind": "xks-probe-result")',
    });
    expect(observationsFromProbeResult({ ...probeResult, measuredFrom: 7 })).toMatchObject({
      problem: expect.stringMatching(/^probe result: measuredFrom: /),
    });
  });

  it('lets the served chain beat the pasted one and the measurement beat the estimate, not a stated round trip', () => {
    const converted = observationsFromProbeResult(probeResult);
    if ('problem' in converted) throw new Error(converted.problem);
    const plan: Plan = {
      version: 1,
      tls: { certificateChainPem: 'PASTED' },
      observed: converted.observed,
    };
    expect(withObservations(plan)).toMatchObject({
      tls: { certificateChainPem: 'PEM' },
      traffic: { roundTripMs: 12.5 },
    });
    expect(withObservations({ ...plan, traffic: { roundTripMs: 20 } }).traffic?.roundTripMs).toBe(
      20,
    );
    expect(withObservations({ version: 1 })).toEqual({ version: 1 });
  });

  it('says when and from where, and what failed', () => {
    const converted = observationsFromProbeResult(probeResult);
    if ('problem' in converted) throw new Error(converted.problem);
    expect(describeObservations(converted.observed)).toEqual({
      headline: 'Measured on 2026-12-05 10:15 UTC from bastion-1',
      detail: '1 probe check passed, 1 failed (latency); round trip p50 12.5 ms, p99 300 ms.',
    });
    const { observed } = converted;
    const skipped = { id: 'mtls', status: 'skip' as const, message: 'not asked for' };
    expect(
      describeObservations({
        ...observed,
        checks: [...observed.checks, skipped, { ...skipped, id: 'other' }],
      }).detail,
    ).toBe(
      '1 probe check passed, 1 failed (latency), 2 skipped; round trip p50 12.5 ms, p99 300 ms.',
    );
    expect(describeObservations({ ...observed, checks: [] }).detail).toBe(
      'No probe checks recorded; round trip p50 12.5 ms, p99 300 ms.',
    );
  });
});
