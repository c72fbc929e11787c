import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../testing/shared-path';
import { kmsEnums } from '../aws/kms-api-formats';
import { checklist } from '../catalogue/coverage/index';
import type { Finding, Unknown } from '../engine/types';
import { allRules } from '../rules';
import {
  closeMatches,
  errorCodes,
  explainForPlan,
  findErrorCode,
  notForExternalKeyStores,
  reasonNotExplained,
  searchErrorCodes,
} from './error-codes';

const handled = (code: string) =>
  findErrorCode(code) !== undefined || notForExternalKeyStores[code] !== undefined;

describe('error codes', () => {
  it('handles every ConnectionErrorCode value', () => {
    for (const code of kmsEnums.ConnectionErrorCodeType) expect(handled(code), code).toBe(true);
  });

  it.runIf(hasShared)(
    'handles every exception of the key store operations in the API model',
    () => {
      const model = JSON.parse(
        readFileSync(sharedPath('aws-models/kms-2014-11-01.service-2.json'), 'utf8'),
      ) as { operations: Record<string, { errors?: { shape: string }[] }> };
      const operations = [
        'CreateCustomKeyStore',
        'UpdateCustomKeyStore',
        'ConnectCustomKeyStore',
        'DisconnectCustomKeyStore',
        'DeleteCustomKeyStore',
      ];
      for (const operation of operations)
        for (const { shape } of model.operations[operation]!.errors ?? [])
          expect(handled(shape), `${operation}: ${shape}`).toBe(true);
      for (const shape of [
        'XksKeyNotFoundException',
        'XksKeyAlreadyInUseException',
        'XksKeyInvalidConfigurationException',
      ])
        expect(model.operations.CreateKey!.errors?.map((error) => error.shape)).toContain(shape);
    },
  );

  it('refers only to registered rules and existing checklist items', () => {
    const ruleIds = new Set(allRules.map((rule) => rule.id));
    const checklistIds = new Set(checklist.map((item) => item.id));
    for (const entry of errorCodes)
      for (const cause of entry.causes) {
        for (const id of cause.ruleIds)
          expect(ruleIds.has(id), `${entry.code}: rule ${id}`).toBe(true);
        for (const id of cause.checklistIds)
          expect(checklistIds.has(id), `${entry.code}: checklist ${id}`).toBe(true);
      }
  });

  it('gives each code one entry with a meaning and AWS sources', () => {
    expect(new Set(errorCodes.map((entry) => entry.code)).size).toBe(errorCodes.length);
    for (const entry of errorCodes) {
      expect(entry.meaning.length, entry.code).toBeGreaterThan(20);
      expect(entry.sources.length, entry.code).toBeGreaterThan(0);
      for (const source of entry.sources)
        expect(source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('finds a code without case and suggests close ones for a typo', () => {
    expect(findErrorCode(' xks_proxy_timed_out ')?.code).toBe('XKS_PROXY_TIMED_OUT');
    expect(findErrorCode('NOPE')).toBeUndefined();
    expect(closeMatches('XKS_PROXY_TIMEDOUT')[0]?.code).toBe('XKS_PROXY_TIMED_OUT');
    expect(closeMatches('TIMED_OUT').map((entry) => entry.code)).toContain('XKS_PROXY_TIMED_OUT');
    expect(closeMatches('ZZZZZZZZZZZZZZZZZZZZZZ')).toEqual([]);
    expect(reasonNotExplained('cluster_not_found')).toMatch(/CloudHSM/);
  });

  it('matches the plan findings, unknowns and checklist items to each cause', () => {
    const finding: Finding = {
      ruleId: 'traffic-round-trip-timeout',
      severity: 'error',
      path: '/traffic/roundTripMs',
      messageId: 'region-leg',
      message: 'slow',
      fix: 'closer',
      sources: [],
    };
    const other: Finding = { ...finding, ruleId: 'key-store-name-length' };
    const unknown: Unknown = {
      ruleId: finding.ruleId,
      severity: 'error',
      title: 'round trip',
      paths: ['/traffic/roundTripMs'],
      message: 'Not known yet',
    };
    const explained = explainForPlan(findErrorCode('XKS_PROXY_TIMED_OUT')!, {
      findings: [finding, other],
      unknowns: [unknown, { ...unknown, ruleId: 'key-store-name-length' }],
    });
    expect(explained.causes[0]!.findings).toEqual([finding]);
    // A rule of the cause that cannot judge the plan is the plan's too: the cause is not ruled out.
    expect(explained.causes[0]!.unknowns).toEqual([unknown]);
    expect(explained.causes[0]!.checklistItems.map((item) => item.id)).toEqual([
      'measure-round-trip',
    ]);
    expect(explained.causes[1]!.findings).toEqual([]);
    expect(explained.causes[1]!.unknowns).toEqual([]);

    const nothing = { findings: [], unknowns: [] };
    const vpcOnly = findErrorCode('XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION')!;
    expect(explainForPlan(vpcOnly, nothing, 'PUBLIC_ENDPOINT').causes[0]!.checklistItems).toEqual(
      [],
    );
    expect(
      explainForPlan(vpcOnly, nothing, 'VPC_ENDPOINT_SERVICE').causes[0]!.checklistItems,
    ).not.toEqual([]);
  });
});

describe('searchErrorCodes', () => {
  const codes = (query: string) => searchErrorCodes(query).map((entry) => entry.code);

  it('finds a code by words of its meaning', () => {
    expect(codes('timed out')).toContain('XKS_PROXY_TIMED_OUT');
    expect(codes('too slowly')).toContain('XKS_PROXY_TIMED_OUT');
  });

  it('finds a code by the code as typed, or a part of it', () => {
    expect(codes('TIMED_OUT')).toContain('XKS_PROXY_TIMED_OUT');
    expect(codes('XksProxyUriInUse')).toEqual(
      errorCodes.filter((entry) => entry.code.startsWith('XksProxyUriInUse')).map((e) => e.code),
    );
  });

  it('needs every word, and lists everything for an empty query', () => {
    expect(codes('timed out')).not.toContain('XKS_PROXY_ACCESS_DENIED');
    expect(codes('  ')).toHaveLength(errorCodes.length);
    expect(codes('zzzz nothing')).toEqual([]);
  });
});
