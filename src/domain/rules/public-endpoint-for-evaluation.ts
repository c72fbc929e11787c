import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'public-connectivity'>({
  id: 'public-endpoint-for-evaluation',
  target: 'plan',
  severity: 'info',
  title: 'AWS suggests a public endpoint for evaluation, a VPC endpoint service for production',
  description:
    'A public endpoint is simpler to set up, but KMS traffic to the proxy crosses the internet: latency varies more and the setup may not meet some security requirements. AWS suggests testing with a public endpoint and using a VPC endpoint service for production.',
  messages: {
    'public-connectivity': {
      message:
        'KMS will reach the proxy over the internet (XksProxyConnectivity is PUBLIC_ENDPOINT). AWS suggests this for evaluation; a VPC endpoint service keeps the traffic inside AWS and is the suggested choice for production.',
      fix: 'If this store is for production, check that public connectivity meets your security and latency requirements, or plan a VPC endpoint service instead; while the proxy faces the internet, authorize requests on the proxy by the request metadata KMS sends and allow-list the networks that may reach it (mutual TLS is deprecated by the XKS proxy API specification since 2026-03-09).',
    },
  },
  reads: ['/keyStore/XksProxyConnectivity'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [guide('choose-xks-connectivity.html'), apiReference('API_CreateCustomKeyStore.html')],
  facts: ['PUB-SECURITY-PROFILE'],
  check(_plan, { report }) {
    // The engine runs this rule only for PUBLIC_ENDPOINT plans, which is all it has to say.
    report({ messageId: 'public-connectivity', path: ['keyStore', 'XksProxyConnectivity'] });
  },
});
