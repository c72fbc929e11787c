import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { httpsPrefix, normaliseDnsName } from './support/plan-readings';
import { apiReference, guide, privateLink } from './support/sources';
import { kmsStringShapes } from '../aws/kms-api-formats';

const path = ['endpointService', 'privateDnsName'];

/** XksProxyUriEndpoint is https:// plus this name and holds at most 128 characters. */
const maxNameLength = kmsStringShapes.XksProxyUriEndpointType.max - httpsPrefix.length;
const maxLabelLength = 63;
const dnsLabel = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Top-level names reserved for private or special use (RFC 2606, RFC 6761, RFC 8375, ICANN). */
const privateTopLevelNames = new Set([
  'internal',
  'local',
  'localhost',
  'localdomain',
  'lan',
  'home',
  'corp',
  'intranet',
  'private',
  'test',
  'invalid',
  'example',
  'arpa',
]);

export default defineRule<
  Plan,
  'too-long' | 'label-too-long' | 'invalid-label' | 'not-public-domain'
>({
  id: 'vpc-private-dns-name',
  target: 'plan',
  severity: 'error',
  title: 'The endpoint service has a private DNS name KMS can use',
  description:
    'KMS connects to https://<private DNS name of the endpoint service>, so the service needs a private DNS name. It must be a subdomain of a public domain you own (its ownership is verified in public DNS), each label at most 63 characters, and, because XksProxyUriEndpoint holds at most 128 characters with https://, at most 120 characters.',
  messages: {
    'too-long': {
      message:
        '{{/endpointService/privateDnsName}} is {{length}} characters long; XksProxyUriEndpoint (https:// plus this name) allows at most 128, so the name can have at most {{max}}.',
      fix: 'Choose a shorter private DNS name.',
    },
    'label-too-long': {
      message:
        'The label "{{label}}" of {{/endpointService/privateDnsName}} has {{length}} characters; DNS allows at most 63 per label.',
      fix: 'Shorten that part of the name.',
    },
    'invalid-label': {
      message:
        'The label "{{label}}" of {{/endpointService/privateDnsName}} is not a DNS host label (letters, digits and inner hyphens only; no wildcard, underscore or empty label).',
      fix: 'Use a plain host name such as myproxy-private.xks.example.com.',
    },
    'not-public-domain': {
      message:
        '{{/endpointService/privateDnsName}} "{{name}}" is not under a public domain; its ownership must be proven with a TXT record in public DNS, so the domain can never be verified and KMS rejects the service.',
      fix: 'Use a subdomain of a public domain you own, e.g. myproxy-private.xks.example.com.',
    },
  },
  reads: ['/endpointService/privateDnsName'],
  requires: ['/endpointService/privateDnsName'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    privateLink('manage-dns-names.html'),
    apiReference('API_CustomKeyStoresListEntry.html'),
  ],
  facts: [
    'VPC-PRIVATE-DNS-NAME',
    'VPC-PRIVATE-DNS-LENGTH',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const name = normaliseDnsName(plan.endpointService!.privateDnsName!);
    if (name.length > maxNameLength) {
      report({ messageId: 'too-long', path, data: { length: name.length, max: maxNameLength } });
    }
    const labels = name.split('.');
    const longLabel = labels.find((label) => label.length > maxLabelLength);
    if (longLabel !== undefined) {
      report({
        messageId: 'label-too-long',
        path,
        data: { label: longLabel, length: longLabel.length },
      });
    }
    const badLabel = labels.find(
      (label) => label.length <= maxLabelLength && !dnsLabel.test(label),
    );
    if (badLabel !== undefined)
      report({ messageId: 'invalid-label', path, data: { label: badLabel } });
    if (labels.length < 2 || privateTopLevelNames.has(labels.at(-1)!)) {
      report({ messageId: 'not-public-domain', path, data: { name } });
    }
  },
});
