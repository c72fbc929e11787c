import { expect, test, type Page } from '@playwright/test';
import { mistakesExample, readExample } from './support';
import { planStorageKey, savedPlan, seedPlan, stepper } from './wizard-support';

const summary = (page: Page) => page.locator('.step-summary');

/** Waits for the rule engine, then returns how many findings the step summary announces. */
async function announcedCount(page: Page): Promise<number> {
  await expect(summary(page)).toHaveText(/^(On this step: .+|No findings on this step\.)$/);
  const text = (await summary(page).textContent()) ?? '';
  return [...text.matchAll(/(\d+) (?:error|warning|note)s?/g)].reduce(
    (total, match) => total + Number(match[1]),
    0,
  );
}

/** The findings list beside the field (or group) with this label or legend. */
const findingsFor = (scope: Page | ReturnType<Page['locator']>, label: string) =>
  scope.getByRole('list', { name: `Findings for ${label}`, exact: true });

const group = (scope: Page | ReturnType<Page['locator']>, name: string) =>
  scope.getByRole('group', { name, exact: true });

const laterSteps = [
  {
    step: 'tls',
    title: 'TLS certificate',
    beside: [
      ['Subject common name (CN)', 'tls-certificate-name-matches-host'],
      ['Valid until', 'tls-certificate-valid-now'],
      ['Root certificate authority', 'tls-certificate-root-ca-trusted'],
      ['Sends the intermediate certificates', 'tls-certificate-full-chain'],
      ['Key size', 'tls-certificate-key-type'],
    ],
  },
  {
    step: 'proxy',
    title: 'Key manager and proxy',
    beside: [
      ['Key manager instances', 'key-manager-redundant-instances'],
      ['The key material is backed up', 'external-key-backups'],
      ['TLS versions the proxy accepts', 'proxy-tls-legacy-versions'],
      ['Cipher suites the proxy offers', 'proxy-cipher-suites'],
      ['Credentials the proxy accepts at once', 'proxy-accepts-two-credentials'],
      ['Passed the AWS XKS proxy test client', 'proxy-conformance-tested'],
      ['The proxy clock is kept in sync (NTP)', 'proxy-clock-synchronized'],
      ['The proxy depends on a KMS key in this key store', 'proxy-circular-dependency'],
      ['Something between KMS and the proxy rewrites HTTP headers', 'no-header-rewriting-to-proxy'],
      ['Requests per second the proxy fleet can serve', 'request-capacity'],
    ],
  },
  {
    step: 'keys',
    title: 'Keys',
    beside: [], // checked per key below: the labels repeat in every key
  },
  {
    step: 'operations',
    title: 'Operations',
    beside: [
      ['Expected peak requests per second', 'traffic-store-request-quota'],
      ['Round trip between the AWS Region and the proxy', 'traffic-round-trip-time'],
      ['Custom key stores that already exist in this Region', 'custom-key-store-quota'],
    ],
  },
] as const;

test.describe('with the mistakes example', () => {
  test.beforeEach(async ({ page }) => {
    await seedPlan(page, readExample(mistakesExample.id));
  });

  for (const { step, title, beside } of laterSteps) {
    test(`the ${title} step shows every finding beside its field`, async ({ page }) => {
      await page.goto(`/plan/${step}`);
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      const count = await announcedCount(page);
      expect(count).toBeGreaterThan(0);
      // Every finding of the step sits beside a field or group: none is left over.
      await expect(page.locator('.wizard-step .finding')).toHaveCount(count);
      await expect(page.getByRole('heading', { name: 'More findings for this step' })).toHaveCount(
        0,
      );
      for (const [label, ruleId] of beside) {
        await expect(findingsFor(page, label)).toContainText(ruleId);
      }
    });
  }

  test('each key shows its own findings, and a fixed attribute only when the plan states it wrong', async ({
    page,
  }) => {
    await page.goto('/plan/keys');
    await announcedCount(page);
    const [first, second, third] = [1, 2, 3].map((n) => group(page, `Key ${n}`));
    await expect(findingsFor(first!, 'External key ID (XksKeyId)')).toContainText(
      'xks-key-id-format',
    );
    await expect(findingsFor(third!, 'External key ID (XksKeyId)')).toContainText(
      'xks-key-id-unique',
    );

    // AWS fixes key spec, usage, origin, Region and rotation: shown as a fact on every key.
    await expect(third!).toContainText('Fixed by AWS for every key in an external key store');
    // Key 1 is RSA_2048 and multi-Region, key 2 plans rotation: those fields show, with findings.
    await expect(findingsFor(first!, 'Key spec')).toContainText('key-attributes-supported');
    await expect(findingsFor(first!, 'Multi-Region key')).toBeVisible();
    await expect(findingsFor(second!, 'Automatic key rotation')).toContainText(
      'key-rotation-not-available',
    );
    // Nothing is asked where the plan states nothing wrong.
    await expect(second!.getByLabel('Key spec', { exact: true })).toHaveCount(0);
    await expect(third!.getByLabel('Key spec', { exact: true })).toHaveCount(0);
    await expect(group(third!, 'Automatic key rotation')).toHaveCount(0);

    // Putting the key spec right takes its field and its finding away.
    await first!.getByLabel('Key spec', { exact: true }).selectOption('SYMMETRIC_DEFAULT');
    await expect(first!.getByLabel('Key spec', { exact: true })).toHaveCount(0);
    await expect(findingsFor(first!, 'Multi-Region key')).toBeVisible();
  });
});

test.describe('with a ready example that does not list the account’s key stores', () => {
  test.beforeEach(async ({ page }) => {
    const { existingKeyStores, ...plan } = readExample('public-endpoint-ready');
    expect(existingKeyStores).toBeDefined();
    await seedPlan(page, plan);
  });

  // react-hook-form's field array writes an empty list for an absent one, and an empty list of
  // key stores says the account has none: the quota and uniqueness rules then passed, and a plan
  // that never said so read as ready.
  test('typing beside an unstated list leaves it unstated, and the plan not ready', async ({
    page,
  }) => {
    await page.goto('/plan/operations');
    await expect(page.getByText('No existing key stores listed.')).toBeVisible();
    await page.getByLabel('Expected peak requests per second', { exact: true }).fill('401');
    await expect
      .poll(async () => (await savedPlan(page))?.traffic?.peakRequestsPerSecond)
      .toBe(401);
    expect(await savedPlan(page)).not.toHaveProperty('existingKeyStores');

    await stepper(page)
      .getByRole('link', { name: /^Review/ })
      .click();
    await expect(page.getByText(/^Incomplete: \d+ requirements? not known yet$/)).toBeVisible();
    await stepper(page)
      .getByRole('link', { name: /^Key store basics/ })
      .click();
    await expect(
      group(page, 'Other custom key stores in this Region').getByRole('radio', {
        name: 'Not stated yet',
      }),
    ).toBeChecked();
  });

  test('adding the first item states the list and focuses the item', async ({ page }) => {
    await page.goto('/plan/operations');
    await page.getByRole('button', { name: 'Add existing key store' }).click();
    const name = group(page, 'Existing key store 1').getByLabel('Name', { exact: true });
    await expect(name).toBeFocused();
    await name.fill('store-a');
    await expect
      .poll(async () => (await savedPlan(page))?.existingKeyStores)
      .toEqual([{ CustomKeyStoreName: 'store-a' }]);
    await page.getByRole('button', { name: 'Remove existing key store 1' }).click();
    await expect(page.getByRole('button', { name: 'Add existing key store' })).toBeFocused();
    // Removing every item is the user's statement: none.
    await expect.poll(async () => (await savedPlan(page))?.existingKeyStores).toEqual([]);
  });
});

test.describe('with a ready example', () => {
  test.beforeEach(async ({ page }) => {
    await seedPlan(page, readExample('public-endpoint-ready'));
  });

  test('the TLS certificate step shows the plan', async ({ page }) => {
    await page.goto('/plan/tls');
    await expect(summary(page)).toHaveText('No findings on this step.');
    await expect(page.getByText('KMS connects to myproxy.xks.example.com')).toBeVisible();
    await expect(page.getByLabel('Where TLS from KMS ends', { exact: true })).toHaveValue('proxy');
    await expect(page.getByLabel('Subject common name (CN)', { exact: true })).toHaveValue(
      'myproxy.xks.example.com',
    );
    await expect(page.getByLabel('Subject alternative names (DNS)', { exact: true })).toHaveValue(
      'myproxy.xks.example.com',
    );
    await expect(page.getByLabel('Valid from', { exact: true })).toHaveValue('2026-09-01');
    await expect(page.getByLabel('Valid until', { exact: true })).toHaveValue('2027-09-30');
    await expect(page.getByLabel('Root certificate authority', { exact: true })).toHaveValue(
      'Amazon Root CA 1',
    );
    await expect(
      group(page, 'Sends the intermediate certificates').getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    await expect(page.getByLabel('Public key algorithm', { exact: true })).toHaveValue('RSA');
    await expect(page.getByLabel('Key size', { exact: true })).toHaveValue('2048');
  });

  test('the city picker keeps the city picked, on reload and beside the other site', async ({
    page,
  }) => {
    await page.goto('/plan/proxy');
    const proxySite = group(page, 'Where the proxy is');
    const keyManagerSite = group(page, 'Where the key manager is');
    await proxySite.getByLabel('Pick a known city').selectOption('Frankfurt');
    await keyManagerSite.getByLabel('Pick a known city').selectOption('Amsterdam');
    await expect(proxySite.getByLabel('Pick a known city')).toHaveValue('Frankfurt');
    await expect(keyManagerSite.getByLabel('Pick a known city')).toHaveValue('Amsterdam');
    // Another step and a reload read the picks back from the saved plan.
    await page.goto('/plan/operations');
    await page.goto('/plan/proxy');
    await expect(proxySite.getByLabel('Pick a known city')).toHaveValue('Frankfurt');
    await expect(proxySite.getByLabel('City or site', { exact: true })).toHaveValue('Frankfurt');
    await expect(keyManagerSite.getByLabel('Pick a known city')).toHaveValue('Amsterdam');
    // Coordinates typed by hand are another place: the picker no longer names the city.
    await proxySite.getByLabel('Latitude', { exact: true }).fill('48.5');
    await expect(proxySite.getByLabel('Pick a known city')).toHaveValue('');
  });

  test('the key manager and proxy step shows the plan', async ({ page }) => {
    await page.goto('/plan/proxy');
    await expect(summary(page)).toHaveText('No findings on this step.');
    const keyManager = group(page, 'External key manager');
    await expect(keyManager.getByLabel('Vendor', { exact: true })).toHaveValue('Example HSM Co.');
    await expect(
      group(page, 'Key manager instance 2').getByLabel('Name or ID', { exact: true }),
    ).toHaveValue('hsm-dub-b');
    await expect(
      page.getByLabel('Requests per second it can serve for AWS', { exact: true }),
    ).toHaveValue('3000');
    await expect(
      group(page, 'Proxy instance 1').getByLabel('IPv4 address', { exact: true }),
    ).toHaveValue('203.0.113.10');
    await expect(page.getByLabel('URI path the proxy serves', { exact: true })).toHaveValue(
      '/finance/kms/xks/v1',
    );
    const versions = group(page, 'TLS versions the proxy accepts');
    await expect(versions.getByRole('checkbox', { name: 'TLS 1.3' })).toBeChecked();
    await expect(versions.getByRole('checkbox', { name: 'TLS 1.2' })).toBeChecked();
    await expect(versions.getByRole('checkbox', { name: 'TLS 1.0' })).not.toBeChecked();
    await expect(page.getByLabel('Cipher suites the proxy offers', { exact: true })).toHaveValue(
      'TLS_AES_256_GCM_SHA384\nTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    );
    // The XKS proxy API specification deprecated mTLS; the ready plan leaves it off.
    const mtls = group(page, 'Mutual TLS');
    await expect(mtls).toContainText('Deprecated by the XKS proxy API specification');
    await expect(
      group(mtls, 'The proxy requires a client certificate').getByRole('radio', {
        name: 'No',
        exact: true,
      }),
    ).toBeChecked();

    // Ticking TLS 1.0 is a finding beside the versions, and unticking it takes it away.
    await versions.getByRole('checkbox', { name: 'TLS 1.0' }).check();
    await expect(findingsFor(page, 'TLS versions the proxy accepts')).toContainText(
      'proxy-tls-legacy-versions',
    );
    await versions.getByRole('checkbox', { name: 'TLS 1.0' }).uncheck();
    await expect(findingsFor(page, 'TLS versions the proxy accepts')).toHaveCount(0);
  });

  test('the keys step shows the plan and flags a duplicate external key ID', async ({ page }) => {
    await page.goto('/plan/keys');
    await expect(summary(page)).toHaveText('No findings on this step.');
    const first = group(page, 'Key 1');
    await expect(first.getByLabel('External key ID (XksKeyId)', { exact: true })).toHaveValue(
      'finance-ledger-2027',
    );
    await expect(first.getByLabel('Alias', { exact: true })).toHaveValue('alias/finance-ledger');
    await expect(first.getByLabel('Tag 1 key', { exact: true })).toHaveValue('team');
    await expect(first.getByLabel('Tag 1 value', { exact: true })).toHaveValue('finance');
    await expect(first.getByLabel('Key spec', { exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: 'Add key' }).click();
    const added = group(page, 'Key 3');
    await expect(added.getByLabel('External key ID (XksKeyId)', { exact: true })).toBeFocused();
    await added
      .getByLabel('External key ID (XksKeyId)', { exact: true })
      .fill('finance-ledger-2027');
    await expect(findingsFor(added, 'External key ID (XksKeyId)')).toContainText(
      'xks-key-id-unique',
    );
    await expect(summary(page)).toHaveText('On this step: 1 error.');

    await page.getByRole('button', { name: 'Remove key 3' }).click();
    await expect(group(page, 'Key 3')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add key' })).toBeFocused();
    await expect(summary(page)).toHaveText('No findings on this step.');
  });

  test('lists typed on these steps survive moving between steps and a reload', async ({ page }) => {
    await page.goto('/plan/proxy');
    await page.getByRole('button', { name: 'Add proxy instance' }).click();
    await group(page, 'Proxy instance 3')
      .getByLabel('IPv4 address', { exact: true })
      .fill('203.0.113.12');
    await page.getByRole('button', { name: 'Next: Keys →' }).click();
    await page.getByRole('button', { name: 'Add a tag to key 2' }).click();
    await group(page, 'Key 2').getByLabel('Tag 1 key', { exact: true }).fill('team');
    await group(page, 'Key 2').getByLabel('Tag 1 value', { exact: true }).fill('reports');
    await page.getByRole('button', { name: 'Next: Operations →' }).click();
    await page.getByRole('button', { name: 'Add existing key store' }).click();
    await group(page, 'Existing key store 2').getByLabel('Name', { exact: true }).fill('store-b');

    await page.reload();
    await expect(
      group(page, 'Existing key store 2').getByLabel('Name', { exact: true }),
    ).toHaveValue('store-b');
    await page.getByRole('button', { name: '← Back: Keys' }).click();
    await expect(group(page, 'Key 2').getByLabel('Tag 1 value', { exact: true })).toHaveValue(
      'reports',
    );
    await page.getByRole('button', { name: '← Back: Key manager and proxy' }).click();
    await expect(
      group(page, 'Proxy instance 3').getByLabel('IPv4 address', { exact: true }),
    ).toHaveValue('203.0.113.12');
    await expect(summary(page)).toHaveText('No findings on this step.');
  });

  test('a tag value may be empty, as AWS allows, and stays empty after a reload', async ({
    page,
  }) => {
    await page.goto('/plan/keys');
    await page.getByRole('button', { name: 'Add a tag to key 2' }).click();
    const key = group(page, 'Key 2');
    await key.getByLabel('Tag 1 key', { exact: true }).fill('archived');
    await expect(summary(page)).toHaveText('No findings on this step.');
    // Typing a value and deleting it again leaves an empty value, not a missing one.
    await key.getByLabel('Tag 1 value', { exact: true }).fill('soon');
    await key.getByLabel('Tag 1 value', { exact: true }).fill('');
    await expect(summary(page)).toHaveText('No findings on this step.');

    await page.reload();
    await expect(group(page, 'Key 2').getByLabel('Tag 1 value', { exact: true })).toHaveValue('');
    const saved = await page.evaluate(
      (storageKey) => JSON.parse(window.localStorage.getItem(storageKey)!).plan.keys[1].Tags,
      planStorageKey,
    );
    expect(saved).toEqual([{ TagKey: 'archived', TagValue: '' }]);
  });

  test('the account’s aliases are stated once, by choice or by importing list-aliases output', async ({
    page,
  }) => {
    await page.goto('/plan/keys');
    const aliases = group(page, 'Aliases already in this account and Region');
    // The example states that none of its aliases exists yet.
    await expect(
      aliases.getByRole('radio', { name: 'None of the aliases planned here exists yet' }),
    ).toBeChecked();
    await aliases.getByRole('radio', { name: 'Not stated yet' }).check();
    await expect.poll(async () => (await savedPlan(page))?.existingAliases).toBeUndefined();
    await aliases.getByLabel(/^Import the output of/).setInputFiles({
      name: 'aliases.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          Aliases: [{ AliasName: 'alias/aws/s3' }, { AliasName: 'alias/finance-ledger' }],
        }),
      ),
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'aliases.json: 1 alias imported.' }),
    ).toBeVisible();
    await expect(
      aliases.getByRole('radio', { name: 'The account has 1 alias (imported)' }),
    ).toBeChecked();
    // Key 1 plans alias/finance-ledger, which the account already has.
    await expect(findingsFor(group(page, 'Key 1'), 'Alias')).toContainText(
      'planned-key-alias-unique',
    );
    await aliases.getByLabel(/^Import the output of/).setInputFiles({
      name: 'stores.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ CustomKeyStores: [] })),
    });
    await expect(aliases.getByRole('alert')).toHaveText(
      'stores.json: not the output of `aws kms list-aliases --output json` (no "Aliases" list)',
    );
    await expect
      .poll(async () => (await savedPlan(page))?.existingAliases)
      .toEqual(['alias/finance-ledger']);
  });

  test('the operations step shows the plan', async ({ page }) => {
    await page.goto('/plan/operations');
    await expect(summary(page)).toHaveText('No findings on this step.');
    await expect(page.getByLabel('Expected peak requests per second', { exact: true })).toHaveValue(
      '400',
    );
    await expect(
      page.getByLabel('Round trip between the AWS Region and the proxy', { exact: true }),
    ).toHaveValue('12');
    await expect(page.getByLabel('Go-live date', { exact: true })).toHaveValue('2027-02-01');
    await expect(page.getByLabel('SNS topic for the alarms', { exact: true })).toHaveValue(
      'finance-xks-alarms',
    );
    const latency = group(page, 'Proxy latency');
    await expect(latency).toContainText('above 200 ms');
    await expect(latency.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(latency.getByLabel('Proxy latency threshold', { exact: true })).toHaveValue('200');
    await expect(
      group(page, 'Key store throttling').getByRole('radio', { name: 'Not stated' }),
    ).toBeChecked();
    const existing = group(page, 'Existing key store 1');
    await expect(existing.getByLabel('Name', { exact: true })).toHaveValue('payments-cloudhsm');
    await expect(existing.getByLabel('Type', { exact: true })).toHaveValue('AWS_CLOUDHSM');

    // Enabling an alarm without an AWS threshold asks for one beside the threshold.
    await group(page, 'Key store throttling').getByRole('radio', { name: 'Yes' }).check();
    await expect(findingsFor(page, 'Key store throttling threshold')).toContainText(
      'custom-alarm-threshold',
    );
  });
});
