import { useQuery } from '@tanstack/react-query';
import type { Resolver } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { nextPaint } from '@/lib/after-next-paint';
import { loadOnce } from '@/lib/load-once';
import type * as PlanParser from './plan-parser-module';

/**
 * Reading a plan needs zod and the plan schema: a fifth of the app's code, and nothing a first
 * visit shows needs them. So they load on demand: start-app.tsx loads them before the first
 * render when this browser holds plans (the saved plan, set-aside plans, kept links) or the
 * address carries one; otherwise the first plan read (or saved over one another tab stored), or
 * the first value the form holds that the compiled parser (well-formed-plan.ts, without zod)
 * refuses, loads them.
 */
const parserModule = loadOnce(() => import('./plan-parser-module'));

export const loadPlanParser: () => Promise<typeof PlanParser> = parserModule.load;

export function isPlanParserLoaded(): boolean {
  return parserModule.loaded() !== undefined;
}

/**
 * The parser for a component that needs it only sometimes (a plan the compiled parser refuses):
 * loaded once `needed`, in one query every such component shares.
 */
export function usePlanParser(needed: boolean) {
  return useQuery({
    queryKey: ['plan-parser'],
    queryFn: loadPlanParser,
    enabled: needed,
    staleTime: Infinity,
  });
}

/** The parser, once loaded; anything that reads a stored plan loads it first. */
export function planParser(): typeof PlanParser {
  const loaded = parserModule.loaded();
  if (!loaded) throw new Error('A plan was read before the plan parser had loaded');
  return loaded;
}

const wellFormedParser = loadOnce(() => import('@/domain/plan/well-formed-plan'));

/**
 * The wizard form's validation by the plan schema. The form asks on every change and the whole
 * plan is parsed, which on a large plan takes a good part of a frame, so it is parsed once the
 * keystroke has painted (a message shows a frame later). A well-formed plan, as nearly every
 * change leaves it, is accepted by the compiled parser with the values zod's would give; zod
 * loads, and says what is wrong, only for one it refuses.
 */
export const planResolver: Resolver<Plan> = async (values, context, options) => {
  const [{ parseWellFormedPlan }] = await Promise.all([wellFormedParser.load(), nextPaint()]);
  const plan = parseWellFormedPlan(values);
  if (plan !== undefined && !options.shouldUseNativeValidation) return { values: plan, errors: {} };
  const parser = await loadPlanParser();
  return parser.planResolver(values, context, options);
};
