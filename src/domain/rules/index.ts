/**
 * The rule registry: every rule, listed by hand in alphabetical order of id so that a review sees
 * each addition (rules-meta.test.ts checks the order, the ids and the files).
 */
import type { AnyRule } from '../engine/types';
import noSecretInPlan from './no-secret-in-plan';
import planSchema from './plan-schema';
import proxyUriEndpointFormat from './proxy-uri-endpoint-format';

export const planRules: readonly AnyRule[] = [noSecretInPlan, planSchema, proxyUriEndpointFormat];

export const proxyConfigRules: readonly AnyRule[] = [];

export const allRules: readonly AnyRule[] = [...planRules, ...proxyConfigRules];
