/**
 * The plans every export is proven with by the real tools (Terraform, cfn-lint, the AWS CLI):
 * each example plan plus variants that stress what the printers and AWS's consumers must cope
 * with. Test support only: the product never imports this module.
 */
import { examplePlans, findExample } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import type { Plan, PlannedKey } from '../../plan/plan-schema';

export interface ExportVariant {
  /** Folder-safe id. */
  readonly id: string;
  readonly plan: Plan;
}

/** Text that breaks naive HCL, TypeScript, JSON or shell quoting, in one string. */
export const hostileText =
  'Quote " apostrophe \' `tick` \\ back ${var.x} %{if y} $(touch /tmp/pwned) */ <!-- -->; é 😀';

const example = (id: string): Plan => parsePlan(structuredClone(findExample(id)!.document)).plan;

/** `text` repeated up to exactly `bytes` UTF-8 bytes (each repetition is whole). */
function utf8Text(unit: string, bytes: number): string {
  const unitBytes = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.floor(bytes / unitBytes));
}

function hostileStrings(): Plan {
  const plan = example('vpc-endpoint-service-ready');
  return {
    ...plan,
    title: hostileText,
    keyStore: { ...plan.keyStore, CustomKeyStoreName: `store ${hostileText}` },
    keys: [
      {
        // XksKeyId may start with "-": it must never be read as an option.
        XksKeyId: '-leading-dash_1',
        Description: `line one\nline two ${hostileText}`,
        AliasName: 'alias/hostile-1',
        Tags: [
          { TagKey: 'k "1" ${x}', TagValue: hostileText.slice(0, 60) },
          { TagKey: 'empty', TagValue: '' },
        ],
      },
    ],
    operations: { ...plan.operations, snsTopicName: 'hostile-topic_1' },
  };
}

function maximumLengths(): Plan {
  const plan = example('vpc-endpoint-service-ready');
  const key: PlannedKey = {
    XksKeyId: `k${'x'.repeat(127)}`,
    // 8,192 bytes of two-byte text: the longest description every consumer accepts.
    Description: utf8Text('é', 8192),
    AliasName: `alias/${'a'.repeat(250)}`,
    Tags: Array.from({ length: 50 }, (_, index) => ({
      TagKey: `${String(index).padStart(2, '0')}${'ü'.repeat(126)}`,
      TagValue: 'ü'.repeat(256),
    })),
  };
  return {
    ...plan,
    title: 'ü'.repeat(200),
    keyStore: { ...plan.keyStore, CustomKeyStoreName: 'é'.repeat(256) },
    keys: [key],
    operations: { ...plan.operations, snsTopicName: 't'.repeat(256) },
  };
}

function fiftyKeys(): Plan {
  const plan = example('public-endpoint-ready');
  return {
    ...plan,
    keys: Array.from({ length: 50 }, (_, index) => ({
      XksKeyId: `key-${index + 1}`,
      Description: `Key ${index + 1}`,
      AliasName: `alias/app-${index + 1}`,
    })),
  };
}

function punctuationKeyIds(): Plan {
  const plan = example('public-endpoint-ready');
  return {
    ...plan,
    keys: [
      { XksKeyId: 'orders-1', AliasName: 'alias/orders-1' },
      { XksKeyId: 'orders1', AliasName: 'alias/orders1' },
      { XksKeyId: 'orders_1' },
    ],
  };
}

function crossAccountRoleOnly(): Plan {
  const plan = example('vpc-cross-account');
  return {
    ...plan,
    endpointService: {
      ...plan.endpointService,
      allowedPrincipals: [
        'cks.kms.ap-southeast-2.amazonaws.com',
        'arn:aws:iam::111122223333:role/xks-connector',
      ],
    },
  };
}

/** The plan naming no endpoint service (a new one is not verified yet): the exports build it. */
function withNewEndpointService(plan: Plan): Plan {
  const keyStore = { ...plan.keyStore };
  delete keyStore.XksProxyVpcEndpointServiceName;
  return {
    ...plan,
    keyStore,
    endpointService: { ...plan.endpointService, domainVerificationState: undefined },
  };
}

/** A new endpoint service: the plan names none, so every format builds the network. */
function newEndpointService(tls: boolean): Plan {
  const plan = withNewEndpointService(example('vpc-endpoint-service-ready'));
  return {
    ...plan,
    loadBalancer: {
      ...plan.loadBalancer,
      listener: tls
        ? {
            protocol: 'TLS',
            port: 443,
            certificateArn:
              'arn:aws:acm:eu-central-1:111122223333:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
          }
        : { protocol: 'TCP', port: 443 },
    },
  };
}

export const exportVariants: readonly ExportVariant[] = [
  // The honest draft is left out: it does not state the network the code would build yet, and
  // its export is not claimed to deploy (the export step says the plan is Incomplete).
  ...examplePlans
    .filter((entry) => entry.verdict !== 'incomplete')
    .map((entry) => ({ id: entry.id, plan: example(entry.id) })),
  { id: 'hostile-strings', plan: hostileStrings() },
  { id: 'maximum-lengths', plan: maximumLengths() },
  { id: 'fifty-keys', plan: fiftyKeys() },
  { id: 'punctuation-key-ids', plan: punctuationKeyIds() },
  { id: 'cross-account-role-only', plan: crossAccountRoleOnly() },
  { id: 'new-endpoint-service', plan: newEndpointService(false) },
  { id: 'tls-listener', plan: newEndpointService(true) },
  {
    id: 'cross-account-new-endpoint-service',
    plan: withNewEndpointService(crossAccountRoleOnly()),
  },
];
