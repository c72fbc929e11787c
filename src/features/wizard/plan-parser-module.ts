import { zodResolver } from '@hookform/resolvers/zod';
import { parsePlan } from '@/domain/plan/parse-plan';
import { planSchema } from '@/domain/plan/plan-schema';

/** What reads plans: zod and the plan schema, loaded on demand (plan-parser.ts). */
export { parsePlan };

/** The wizard form's validation, by the one plan schema. */
export const planResolver = zodResolver(planSchema);
