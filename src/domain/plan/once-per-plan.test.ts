import { describe, expect, it } from 'vitest';
import { oncePerPlan } from './once-per-plan';
import type { Plan } from './plan-schema';

describe('oncePerPlan', () => {
  it('reads each plan object once, and each new plan object again', () => {
    const read = (plan: Plan) => ({ region: plan.region });
    let reads = 0;
    const reading = oncePerPlan((plan) => {
      reads++;
      return read(plan);
    });
    const first = { version: 1, region: 'eu-west-1' } as Plan;
    expect(reading(first)).toEqual({ region: 'eu-west-1' });
    expect(reading(first)).toBe(reading(first));
    expect(reads).toBe(1);
    const edited = { ...first, region: 'us-east-1' } as Plan;
    expect(reading(edited)).toEqual({ region: 'us-east-1' });
    expect(reads).toBe(2);
  });

  it('keeps a reading of undefined without reading again', () => {
    let reads = 0;
    const reading = oncePerPlan(() => {
      reads++;
      return undefined;
    });
    const plan = { version: 1 } as Plan;
    reading(plan);
    reading(plan);
    expect(reads).toBe(1);
  });
});
