/**
 * A plan with user text in every field an export prints, for the property tests that prove each
 * printer escapes what it prints (Terraform through a real HCL parser, CDK through TypeScript's).
 */
import fc from 'fast-check';
import { findExample } from '../../plan/examples';
import type { Plan } from '../../plan/plan-schema';

/** HCL's tricky pieces: quotes, escapes, both interpolation openers and their escapes, heredocs. */
export const hclTrickyPieces: readonly string[] = [
  '${',
  '%{',
  '$${',
  '%%{',
  '"',
  '\\',
  '\n',
  '\r\n',
  '\t',
  '}',
  '$',
  '%',
  'e\u0301',
  '\u0000',
  '\u2028',
  '\u202e',
  '😀',
  '#',
  '*/',
  '<<EOF',
];

/**
 * Text mixing a language's own tricky pieces (`tricky`: its quotes, escapes and interpolation
 * openers) with any other characters. Lone surrogates are left out: no file can hold them.
 */
export function hostileText(tricky: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(fc.oneof(fc.constantFrom(...tricky), fc.string({ maxLength: 8 })), {
          maxLength: 10,
        })
        .map((parts) => parts.join('')),
    )
    .filter((value) => !/\p{Cs}/u.test(value));
}

const fieldNames = [
  'title',
  'region',
  'storeName',
  'uriPath',
  'accessKeyId',
  'description',
  'alias',
  'xksKeyId',
  'tagKey',
  'tagValue',
  'topic',
  'privateDnsName',
  'verificationDomain',
  'balancerName',
  'targetIp',
  'healthPath',
  'certificateName',
  'principal',
] as const;

/** The user text of each field `hostilePlan` fills. */
export type HostileFields = Readonly<Record<(typeof fieldNames)[number], string>>;

/** Each field's text drawn from `text`. */
export function hostileFields(text: fc.Arbitrary<string>): fc.Arbitrary<HostileFields> {
  return fc.record(
    Object.fromEntries(fieldNames.map((name) => [name, text])) as {
      [Name in keyof HostileFields]: fc.Arbitrary<string>;
    },
  );
}

/**
 * The ready VPC example with `values` in its fields. It names no endpoint service, so that the
 * exports build the network, whose fields are printed too.
 */
export function hostilePlan(values: HostileFields): Plan {
  const base = structuredClone(findExample('vpc-endpoint-service-ready')!.document);
  const keyStore = { ...base.keyStore };
  delete keyStore.XksProxyVpcEndpointServiceName;
  return {
    ...base,
    title: values.title,
    region: values.region,
    keyStore: {
      ...keyStore,
      CustomKeyStoreName: values.storeName,
      XksProxyUriPath: values.uriPath,
      XksProxyAuthenticationCredential: { AccessKeyId: values.accessKeyId },
    },
    keys: [
      {
        Description: values.description,
        AliasName: values.alias,
        XksKeyId: values.xksKeyId,
        Tags: [{ TagKey: values.tagKey, TagValue: values.tagValue }],
      },
    ],
    operations: { ...base.operations, snsTopicName: values.topic },
    endpointService: {
      ...base.endpointService,
      privateDnsName: values.privateDnsName,
      verificationDomain: values.verificationDomain,
      allowedPrincipals: [values.principal],
    },
    loadBalancer: {
      ...base.loadBalancer,
      name: values.balancerName,
      targetGroup: {
        ...base.loadBalancer!.targetGroup,
        healthCheck: { protocol: 'HTTP', port: 80, path: values.healthPath },
        targets: [{ ipAddress: values.targetIp, port: 443 }],
      },
    },
    tls: { certificate: { subjectCommonName: values.certificateName } },
  };
}
