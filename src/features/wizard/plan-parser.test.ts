import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@/domain/plan/plan-schema';
import { isPlanParserLoaded, loadPlanParser, planParser, planResolver } from './plan-parser';
import { readSavedPlan, storageKey } from './plan-storage';

const storageHolding = (text: string) => ({ getItem: () => text }) as unknown as Storage;

describe('the plan parser, loaded on demand', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses to read a saved plan before it has loaded, naming why', () => {
    expect(isPlanParserLoaded()).toBe(false);
    expect(() => readSavedPlan(storageHolding('{}'))).toThrow(
      'A plan was read before the plan parser had loaded',
    );
    // Nothing saved needs no parser.
    expect(readSavedPlan({ getItem: () => null } as unknown as Storage)).toBeUndefined();
  });

  it('validates the wizard form, loading zod only for a plan the compiled parser refuses', async () => {
    // The form's check waits for the next paint; a hidden page paints none, so it runs at once.
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    vi.stubGlobal('window', { setTimeout, clearTimeout, cancelAnimationFrame: () => undefined });
    const options = { fields: {}, shouldUseNativeValidation: false };
    const valid = await planResolver(
      { version: 1, region: 'eu-west-1' } as Plan,
      undefined,
      options,
    );
    expect(valid).toEqual({ values: { version: 1, region: 'eu-west-1' }, errors: {} });
    // A well-formed plan is accepted without zod.
    expect(isPlanParserLoaded()).toBe(false);
    const invalid = await planResolver({ version: 2 } as unknown as Plan, undefined, options);
    expect(Object.keys(invalid.errors)).toEqual(['version']);
    expect(isPlanParserLoaded()).toBe(true);
  });

  it('then reads saved plans, without their secrets', async () => {
    await loadPlanParser();
    const plan = {
      version: 1,
      keyStore: {
        XksProxyAuthenticationCredential: {
          AccessKeyId: 'AKIAEXAMPLEEXAMPLE12',
          RawSecretAccessKey: 'x'.repeat(43),
        },
      },
    };
    const saved = readSavedPlan(
      storageHolding(JSON.stringify({ revision: 3, tabId: 'tab', savedAt: 'now', plan })),
    );
    expect(saved?.revision).toBe(3);
    expect(JSON.stringify(saved?.plan)).not.toContain('RawSecretAccessKey');
    expect(planParser().parsePlan(plan).plan.version).toBe(1);
    expect(storageKey).toBe('xks-planner:plan:v1');
  });
});
