import type { Resolver } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { nextPaint } from '@/lib/after-next-paint';
import { loadOnce } from '@/lib/load-once';
import type * as PlanParser from './plan-parser-module';

/**
 * Reading a plan needs zod and the plan schema: a fifth of the app's code, and nothing a first
 * visit shows needs them. So they load on demand: main.tsx loads them before the first render
 * when this browser holds plans (the saved plan, set-aside plans, kept links) or the address
 * carries one, and otherwise right after it.
 */
const parserModule = loadOnce(() => import('./plan-parser-module'));

export const loadPlanParser: () => Promise<typeof PlanParser> = parserModule.load;

export function isPlanParserLoaded(): boolean {
  return parserModule.loaded() !== undefined;
}

/** The parser, once loaded; anything that reads a stored plan loads it first. */
export function planParser(): typeof PlanParser {
  const loaded = parserModule.loaded();
  if (!loaded) throw new Error('A plan was read before the plan parser had loaded');
  return loaded;
}

/**
 * The wizard form's validation by the plan schema, which waits for the parser the first time. The
 * form asks on every change and the whole plan is parsed, which on a large plan takes a good part
 * of a frame, so it is parsed once the keystroke has painted (a message shows a frame later).
 */
export const planResolver: Resolver<Plan> = async (values, context, options) => {
  const [parser] = await Promise.all([loadPlanParser(), nextPaint()]);
  return parser.planResolver(values, context, options);
};
