import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'not-synchronized'>({
  id: 'proxy-clock-synchronized',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy clock is kept in sync',
  description:
    'The proxy rejects signed requests whose timestamp is more than 5 minutes off its own clock, so a proxy clock that drifts by more than that rejects every KMS request as badly authenticated.',
  messages: {
    'not-synchronized': {
      message:
        'The proxy clock is not kept in sync; once it drifts more than 5 minutes from AWS time, the proxy rejects every signed KMS request and all keys in the store stop working.',
      fix: 'Synchronise the proxy hosts with NTP (e.g. the Amazon Time Sync Service or your data centre time servers) and monitor the offset.',
    },
  },
  reads: ['/proxy/clockSynchronized'],
  requires: ['/proxy/clockSynchronized'],
  appliesTo: 'all',
  sources: [proxyApiSpec],
  facts: ['XKS-PROXY-CLOCK'],
  check(plan, { report }) {
    if (plan.proxy?.clockSynchronized === false)
      report({ messageId: 'not-synchronized', path: ['proxy', 'clockSynchronized'] });
  },
});
