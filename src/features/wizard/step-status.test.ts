import { describe, expect, it } from 'vitest';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { Plan } from '@/domain/plan/plan-schema';
import { stepStatuses } from './step-status';

const unknown = (paths: string[]): Unknown => ({
  ruleId: 'some-rule',
  severity: 'error',
  title: 'Some rule',
  paths,
  message: 'not known',
});

const finding = (path: string, relatedPaths?: string[]): Finding => ({
  ruleId: 'some-rule',
  severity: 'error',
  path,
  ...(relatedPaths ? { relatedPaths } : {}),
  messageId: 'wrong',
  message: 'wrong',
  fix: 'fix it',
  sources: [],
});

describe('stepStatuses', () => {
  it('never calls a step done while a field on it is not stated and a check needs it', () => {
    const plan: Plan = { version: 1, region: 'eu-west-1', vpc: { vpcId: 'vpc-0abc' } };
    expect(stepStatuses(plan, [], [unknown(['/vpc/subnets'])]).network).toEqual({
      kind: 'incomplete',
      count: 1,
    });
    expect(stepStatuses(plan, [], []).network).toEqual({ kind: 'done' });
  });

  it('counts a finding on every step that asks for a place it concerns', () => {
    const plan: Plan = {
      version: 1,
      keyStore: { XksProxyUriPath: '/kms/xks/v1' },
      proxy: { uriPath: '/other/kms/xks/v1' },
    };
    const statuses = stepStatuses(
      plan,
      [finding('/keyStore/XksProxyUriPath', ['/proxy/uriPath'])],
      [],
    );
    expect(statuses.basics).toEqual({ kind: 'errors', count: 1 });
    expect(statuses.proxy).toEqual({ kind: 'errors', count: 1 });
  });

  it('leaves steps without fields out', () => {
    const statuses = stepStatuses({ version: 1 }, [], []);
    expect([statuses.start, statuses.review, statuses.export]).toEqual([
      { kind: 'none' },
      { kind: 'none' },
      { kind: 'none' },
    ]);
  });
});
