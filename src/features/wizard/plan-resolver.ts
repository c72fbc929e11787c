import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { planSchema, type Plan } from '@/domain/plan/plan-schema';
import { nextPaint } from '@/lib/after-next-paint';

const checkPlanFormat = zodResolver(planSchema);

/**
 * The form's messages about values the plan format refuses, from the one plan schema. The form
 * asks on every change; the whole plan is parsed, which on a large plan takes a good part of a
 * frame, so it is parsed once the keystroke has painted (the message shows a frame later). The
 * form reads the values then: the latest, never an older keystroke's.
 */
export const planResolver: Resolver<Plan> = async (values, context, options) => {
  await nextPaint();
  return checkPlanFormat(values, context, options);
};
