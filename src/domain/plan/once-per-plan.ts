import type { Plan } from './plan-schema';

/**
 * A reading of a plan made once per plan object: several rules of one check read the same one
 * (the server certificate, the existing key stores, the latency assessment). Plans are never
 * changed in place (a parse makes a new one; the wizard makes a new one on each edit), so the
 * object is the key. Only the last plan's reading is kept: a check reads one plan, and a WeakMap
 * of every plan checked cost more in garbage collection than the readings it saved.
 */
export function oncePerPlan<Reading>(read: (plan: Plan) => Reading): (plan: Plan) => Reading {
  let lastPlan: Plan | undefined;
  let lastReading: Reading;
  return (plan) => {
    if (plan !== lastPlan) {
      lastReading = read(plan);
      lastPlan = plan;
    }
    return lastReading;
  };
}
