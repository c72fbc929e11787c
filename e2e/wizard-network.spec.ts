import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Plan } from '../src/domain/plan/plan-schema';
import { readExample } from './support';
import { savedPlan, seedExample, seedPlan, stepHeading, stepper } from './wizard-support';

const group = (within: Page | Locator, name: string) =>
  within.getByRole('group', { name, exact: true });
const findingsFor = (page: Page, label: string) =>
  page.getByRole('list', { name: `Findings for ${label}`, exact: true });

async function expectNoBlockingAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }));
  expect(blocking).toEqual([]);
}

test.describe('with the VPC endpoint service example', () => {
  test.beforeEach(async ({ page }) => {
    await seedExample(page, 'vpc-endpoint-service-ready');
    await page.goto('/plan/network');
    await expect(stepHeading(page, 'Network')).toBeVisible();
    await expect(page.getByText('No findings on this step.')).toBeVisible();
  });

  test('shows the VPC, load balancer and endpoint service of the plan', async ({ page }) => {
    const vpc = group(page, 'VPC settings');
    await expect(vpc.getByLabel('VPC ID', { exact: true })).toHaveValue('vpc-0abc12de34f567890');
    await expect(vpc.getByLabel('IPv4 CIDR blocks', { exact: true })).toHaveValue('10.20.0.0/16');
    await expect(
      group(page, 'DNS hostnames enabled').getByRole('radio', { name: 'Yes', exact: true }),
    ).toBeChecked();
    await expect(vpc.getByLabel('How the VPC reaches the proxy', { exact: true })).toHaveValue(
      'direct-connect',
    );
    await expect(
      vpc.getByLabel('How the VPC reaches the proxy', { exact: true }).locator('option:checked'),
    ).toHaveText('AWS Direct Connect');

    const subnet2 = group(page, 'Subnet 2');
    await expect(subnet2.getByLabel('Subnet ID', { exact: true })).toHaveValue(
      'subnet-0ee55ff66aa77bb88',
    );
    await expect(subnet2.getByLabel('Availability Zone', { exact: true })).toHaveValue(
      'eu-central-1b',
    );
    await expect(subnet2.getByLabel('IPv4 CIDR block', { exact: true })).toHaveValue(
      '10.20.2.0/24',
    );
    await expect(
      group(subnet2, 'Public subnet').getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();

    const loadBalancer = group(page, 'Load balancer settings');
    await expect(loadBalancer.getByLabel('Name', { exact: true })).toHaveValue('xks-proxy-nlb');
    // What AWS fixes, and what follows from other fields, is shown read-only, not asked.
    await expect(loadBalancer.getByLabel('Scheme', { exact: true })).toHaveValue('internal');
    await expect(loadBalancer.getByLabel('Scheme', { exact: true })).toHaveAttribute(
      'readonly',
      '',
    );
    // The load balancer's subnets are picked from the VPC's: both private ones, ticked.
    const picked = group(loadBalancer, 'Subnets of the load balancer');
    await expect(picked.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(
      picked.getByRole('checkbox', { name: 'subnet-0aa11bb22cc33dd44 · eu-central-1a' }),
    ).toBeChecked();
    // Where TLS ends (proxy) decides the listener and target group protocols.
    await expect(group(page, 'Listener').getByLabel('Protocol', { exact: true })).toHaveValue(
      'TCP',
    );
    await expect(group(page, 'Listener').getByLabel('Protocol', { exact: true })).toHaveAttribute(
      'readonly',
      '',
    );
    await expect(group(page, 'Target group').getByLabel('Protocol', { exact: true })).toHaveValue(
      'TCP',
    );
    await expect(group(page, 'Listener').getByLabel('Port', { exact: true })).toHaveValue('443');
    await expect(
      group(page, 'Target group').getByLabel('Target type', { exact: true }),
    ).toHaveValue('ip');
    await expect(
      group(page, 'Health check').getByLabel('Health check path', { exact: true }),
    ).toHaveValue('/ping');
    await expect(page.getByLabel('Targets', { exact: true })).toHaveValue(
      '172.16.10.21 443 all, 172.16.10.22 443 all',
    );

    const service = group(page, 'Endpoint service settings');
    await expect(service.getByLabel('Endpoint service name', { exact: true })).toHaveValue(
      'com.amazonaws.vpce.eu-central-1.vpce-svc-0a1b2c3d4e5f60718',
    );
    await expect(service.getByLabel('Acceptance required', { exact: true })).toHaveValue('No');
    // The KMS principal of the plan's Region, filled in.
    await expect(service.getByLabel('Allowed principals', { exact: true })).toHaveValue(
      'cks.kms.eu-central-1.amazonaws.com',
    );
    await expect(
      service.getByLabel('Domain verification state', { exact: true }).locator('option:checked'),
    ).toHaveText('Verified');
    await expect(service.getByLabel('Supported IP address types', { exact: true })).toHaveValue(
      'ipv4',
    );

    // Nothing of the public endpoint is asked.
    await expect(page.getByLabel('Public IPv4 addresses', { exact: true })).toHaveCount(0);
    await expectNoBlockingAxeViolation(page);
  });

  test('adds and removes subnets', async ({ page }) => {
    const subnets = group(page, 'Subnets');
    await subnets.getByRole('button', { name: 'Add a subnet' }).click();
    const subnet3 = group(page, 'Subnet 3');
    await expect(subnet3.getByLabel('Subnet ID', { exact: true })).toBeFocused();
    await subnet3.getByLabel('Subnet ID', { exact: true }).fill('subnet-0cc99dd00ee11ff22');
    await subnet3.getByLabel('Availability Zone', { exact: true }).fill('eu-central-1c');
    await subnet3.getByLabel('IPv4 CIDR block', { exact: true }).fill('10.20.3.0/24');
    await group(subnet3, 'Public subnet').getByRole('radio', { name: 'No', exact: true }).check();

    await subnets.getByRole('button', { name: 'Remove subnet 1' }).click();
    await expect(subnets.getByRole('button', { name: 'Add a subnet' })).toBeFocused();
    await expect(group(page, 'Subnet 3')).toHaveCount(0);
    await expect(group(page, 'Subnet 1').getByLabel('Subnet ID', { exact: true })).toHaveValue(
      'subnet-0ee55ff66aa77bb88',
    );
    await expect(group(page, 'Subnet 2').getByLabel('Subnet ID', { exact: true })).toHaveValue(
      'subnet-0cc99dd00ee11ff22',
    );
    // The load balancer uses the private subnets listed: it follows the list.
    const picked = group(page, 'Subnets of the load balancer');
    await expect(picked.getByRole('checkbox')).toHaveCount(2);
    await expect(
      picked.getByRole('checkbox', { name: 'subnet-0ee55ff66aa77bb88 · eu-central-1b' }),
    ).toBeChecked();
    await expect(
      picked.getByRole('checkbox', { name: 'subnet-0cc99dd00ee11ff22 · eu-central-1c' }),
    ).toBeChecked();
    // Unticking one is a pick of its own: a subnet added later is not ticked for it.
    await picked
      .getByRole('checkbox', { name: 'subnet-0cc99dd00ee11ff22 · eu-central-1c' })
      .uncheck();
    await subnets.getByRole('button', { name: 'Add a subnet' }).click();
    await group(page, 'Subnet 3')
      .getByLabel('Subnet ID', { exact: true })
      .fill('subnet-0dd11ee22ff33aa44');
    await expect(
      picked.getByRole('checkbox', { name: 'subnet-0dd11ee22ff33aa44' }),
    ).not.toBeChecked();
    await expect
      .poll(async () => (await savedPlan(page))?.loadBalancer?.subnetIds)
      .toEqual(['subnet-0ee55ff66aa77bb88']);
    await subnets.getByRole('button', { name: 'Remove subnet 3' }).click();
    await expect(page.getByRole('heading', { name: 'More findings for this step' })).toHaveCount(0);

    await expect
      .poll(async () => (await savedPlan(page))?.vpc?.subnets)
      .toEqual([
        {
          subnetId: 'subnet-0ee55ff66aa77bb88',
          availabilityZone: 'eu-central-1b',
          cidrBlock: '10.20.2.0/24',
          public: false,
        },
        {
          subnetId: 'subnet-0cc99dd00ee11ff22',
          availabilityZone: 'eu-central-1c',
          cidrBlock: '10.20.3.0/24',
          public: false,
        },
      ]);
  });

  test('switching to a public endpoint and back keeps the VPC values', async ({ page }) => {
    await group(page, 'VPC settings')
      .getByLabel('VPC ID', { exact: true })
      .fill('vpc-0123456789abcdef0');
    await page.getByRole('link', { name: 'Change the connectivity' }).first().click();
    await expect(stepHeading(page, 'Connectivity')).toBeVisible();
    await page.getByRole('radio', { name: 'Public endpoint', exact: true }).check();

    await stepper(page)
      .getByRole('link', { name: /Network/ })
      .click();
    await expect(stepHeading(page, 'Network')).toBeVisible();
    await expect(page.getByLabel('Public IPv4 addresses', { exact: true })).toBeVisible();
    await expect(
      group(page, 'Firewalls allow IPv4 TCP 443').getByRole('radio', {
        name: 'Not stated',
        exact: true,
      }),
    ).toBeChecked();
    await expect(page.getByLabel('VPC ID', { exact: true })).toHaveCount(0);
    // The endpoint service name kept from VPC connectivity is shown, with its finding, to clear.
    await expect(findingsFor(page, 'Endpoint service name')).toContainText(
      'public-endpoint-no-vpc-service-name',
    );
    await expect(page.getByRole('heading', { name: 'More findings for this step' })).toHaveCount(0);
    await page.getByLabel('Public IPv4 addresses', { exact: true }).fill('203.0.113.10\n10.1.2.3');
    await expect(findingsFor(page, 'Public IPv4 addresses, line 2')).toContainText(
      'public-endpoint-ipv4-routable',
    );

    await page.getByRole('link', { name: 'Change the connectivity' }).click();
    await page.getByRole('radio', { name: 'VPC endpoint service', exact: true }).check();
    await stepper(page)
      .getByRole('link', { name: /Network/ })
      .click();
    await expect(group(page, 'VPC settings').getByLabel('VPC ID', { exact: true })).toHaveValue(
      'vpc-0123456789abcdef0',
    );
    await expect(
      group(page, 'Subnet 2').getByLabel('Availability Zone', { exact: true }),
    ).toHaveValue('eu-central-1b');
    await expect(page.getByLabel('Targets', { exact: true })).toHaveValue(
      '172.16.10.21 443 all, 172.16.10.22 443 all',
    );
    await expect(
      group(page, 'Endpoint service settings').getByLabel('Private DNS name', { exact: true }),
    ).toHaveValue('myproxy-private.xks.example.com');

    const plan = await savedPlan(page);
    expect(plan?.publicEndpoint).toEqual({ ipv4Addresses: ['203.0.113.10', '10.1.2.3'] });
    expect(plan?.loadBalancer?.targetGroup?.targets).toHaveLength(2);
  });
});

for (const id of ['vpc-endpoint-service-ready', 'vpc-cross-account']) {
  test(`the ready example ${id} has no finding on this step`, async ({ page }) => {
    await seedExample(page, id);
    await page.goto('/plan/network');
    await expect(page.getByText('No findings on this step.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'More findings for this step' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: /^Findings for / })).toHaveCount(0);
  });
}

test('every finding of the mistakes example is beside its field', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/network');
  const summary = page.getByText(/^On this step: /);
  await expect(summary).toBeVisible();
  await expect(page.getByRole('heading', { name: 'More findings for this step' })).toHaveCount(0);

  // As many findings beside fields as the summary counts.
  // The findings' counts, not the fields not stated yet (they are listed apart).
  const counts = [
    ...(await summary.textContent())!.matchAll(/(\d+) (?:errors?|warnings?|notes?)/g),
  ].map((match) => Number(match[1]));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const beside = page.getByRole('list', { name: /^Findings for / }).locator(':scope > li');
  await expect(beside).toHaveCount(total);

  await expect(findingsFor(page, 'IPv4 CIDR blocks, line 1')).toContainText(
    'vpc-cidr-no-key-manager-overlap',
  );
  await expect(findingsFor(page, 'Subnets')).toContainText('vpc-private-subnets-two-azs');
  await expect(findingsFor(page, 'Public subnet')).toContainText('vpc-no-public-subnets');
  await expect(findingsFor(page, 'How the VPC reaches the proxy')).toContainText(
    'vpc-reaches-proxy',
  );
  await expect(findingsFor(page, 'Subnets of the load balancer')).toContainText(
    'vpc-load-balancer-two-azs',
  );
  await expect(findingsFor(page, 'Targets')).toContainText('vpc-target-group-two-targets');
  await expect(findingsFor(page, 'Endpoint service name')).toContainText(
    'vpc-endpoint-service-same-region',
  );
  await expect(findingsFor(page, 'Supported IP address types')).toContainText(
    'vpc-components-ipv4',
  );
  await expectNoBlockingAxeViolation(page);
});

test('an imported value AWS does not accept keeps its finding beside the field, and can be fixed', async ({
  page,
}) => {
  const plan = readExample('vpc-endpoint-service-ready') as unknown as Plan;
  await seedPlan(page, {
    ...plan,
    endpointService: { ...plan.endpointService, acceptanceRequired: true },
  });
  await page.goto('/plan/network');
  const findings = findingsFor(page, 'Acceptance required');
  await expect(findings).toContainText('vpc-endpoint-service-no-acceptance');
  await expect(page.getByText(/^On this step: 1 error\.$/)).toBeVisible();
  await expect(page.getByLabel('Acceptance required', { exact: true })).toHaveValue('Yes');
  await page.getByRole('button', { name: 'Use No', exact: true }).click();
  await expect(findings).toHaveCount(0);
  await expect(page.getByText('No findings on this step.')).toBeVisible();
});

test('without a connectivity the step says so and links to the choice', async ({ page }) => {
  await page.goto('/plan/network');
  await expect(stepHeading(page, 'Network')).toBeVisible();
  await page.getByRole('link', { name: 'Choose the connectivity first' }).click();
  await expect(page).toHaveURL(/\/plan\/connectivity$/);
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
});
