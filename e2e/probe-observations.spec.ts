import { expect, test } from '@playwright/test';
import { buildTestChains } from '../src/testing/openssl-chains';
import { liveApp, seedExample } from './wizard-support';

// The served chain of the probe result: a leaf for another host than the plan's endpoint.
const chains = buildTestChains();

const probeResult = {
  kind: 'xks-probe-result',
  measuredAt: '2026-12-05T10:15:30.000Z',
  measuredFrom: 'bastion-1',
  target: {
    endpoint: 'https://myproxy.xks.example.com',
    uriPath: '/finance/kms/xks/v1',
    region: 'eu-west-1',
  },
  checks: [
    { id: 'tcp-connect', status: 'pass', message: 'connected to 203.0.113.10:443' },
    { id: 'tls-served-chain', status: 'fail', message: 'name does not match' },
  ],
  latency: { samples: 20, p50_ms: 11.5, p99_ms: 30 },
  tls: {
    version: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    acceptedCipherSuites: ['TLS_AES_256_GCM_SHA384'],
    chain: [],
    chainPem: chains.wrongName,
  },
  summary: { passed: 1, failed: 1, skipped: 0, verdict: 'fail' },
};

test('a probe result imported on the TLS step is judged, kept, and shown in the report', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/tls');
  await liveApp(page)
    .getByLabel('Import a probe result (JSON)')
    .setInputFiles({
      name: 'probe.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(probeResult)),
    });
  const observations = page.getByRole('region', { name: 'Observations from the running proxy' });
  await expect(observations).toContainText('Measured on 2026-12-05 10:15 UTC from bastion-1.');
  await expect(observations).toContainText('1 probe check passed, 1 failed (tls-served-chain)');
  // The served chain, not the (absent) pasted one, is what the rules judge.
  await expect(page.locator('[data-pointer="/tls/certificateChainPem"]')).toContainText(
    'The certificate subject CN "other.example.com" does not match myproxy.xks.example.com',
  );
  await page.reload();
  await expect(observations).toContainText('Measured on 2026-12-05 10:15 UTC from bastion-1.');
  await page.goto('/report');
  // The report loads the rule engine and analyses the chain first: give a slow machine time.
  await expect(page.getByRole('row', { name: /Probe of the running proxy/ })).toContainText(
    'Measured on 2026-12-05 10:15 UTC from bastion-1',
    { timeout: 30_000 },
  );
});

test('a file that is not a probe result is refused with the reason', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/proxy');
  await liveApp(page)
    .getByLabel('Import a probe result (JSON)')
    .setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1}'),
    });
  await expect(page.getByRole('alert')).toContainText(
    'plan.json: not an xks-planner probe result (no "kind": "xks-probe-result")',
  );
});
