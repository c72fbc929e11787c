/**
 * What the engine benchmarks time, built by `npm run bench` into one bundle the way the CLI and the
 * app ship it. Run through tsx instead, every closure a rule makes gets a `__name` call (esbuild's
 * keepNames), which doubled the time of a check and is no cost any user pays. Each benchmark runs
 * in a worker of its own (see scripts/bench.ts), with this bundle and the timing below.
 */
import {
  checkDocument,
  createDocumentChecker,
  isUnusable,
} from '../../src/domain/check/check-document';
import { parsePlan } from '../../src/domain/plan/parse-plan';
import type { Plan } from '../../src/domain/plan/plan-schema';
import { median } from './median';

export interface EngineMeasurement {
  readonly median_us: number;
  readonly runs: number;
  /**
   * `JSON.parse` of the same document's text, timed the same way right after the engine: no change
   * to the project moves it, so it tells a run on a slow machine (where it grows as much as the
   * engine's median) from a slower engine.
   */
  readonly json_parse_us: number;
}

/** CPU time this process has used, in microseconds (user and system). */
function cpuMicroseconds(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * How long a task runs before it is timed. V8 optimises a check of the large plan (a hundred rules,
 * each its own functions) only after thousands of runs: its median here fell from about 310 µs
 * after 1,000 runs to about 130 µs after 6,000, and stayed there up to 20,000. A count of runs
 * would warm a quick task far longer than a slow one, so the warm-up is CPU time.
 */
const warmUpMicroseconds = 3_000_000;

/**
 * Times `task` once V8 has optimised it (see warmUpMicroseconds): the median over 100 batches of
 * 20 runs of the CPU time per run; then `JSON.parse` of `document`'s text the same way. CPU time,
 * not the wall clock: on a shared machine the wall clock also counts the time other processes held
 * the core, which made medians swing by a factor of two.
 */
function timeRepeatedly(task: () => void, document: unknown): EngineMeasurement {
  const batch = 20;
  const batches = 100;
  const medianMicroseconds = (timed: () => void): number => {
    const samples: number[] = [];
    for (let sample = 0; sample < batches; sample++) {
      const start = cpuMicroseconds();
      for (let run = 0; run < batch; run++) timed();
      samples.push((cpuMicroseconds() - start) / batch);
    }
    return Math.round(median(samples) * 10) / 10;
  };
  const warmUpStart = cpuMicroseconds();
  while (cpuMicroseconds() - warmUpStart < warmUpMicroseconds) task();
  const median_us = medianMicroseconds(task);
  const text = JSON.stringify(document);
  return {
    median_us,
    runs: batch * batches,
    json_parse_us: medianMicroseconds(() => JSON.parse(text)),
  };
}

/** A check of `document` from scratch, as the CLI makes it. */
export function timeFullCheck(document: unknown): EngineMeasurement {
  // A document the checker refuses returns early and would measure nothing.
  if (isUnusable(checkDocument(parsePlan, document))) throw new Error('the document is unusable');
  return timeRepeatedly(() => checkDocument(parsePlan, document), document);
}

/**
 * The incremental check as the wizard makes it while a key's description is typed into: each run
 * adds a character to one key's description (a new document, as a form gives) and checks it with
 * the same checker, which judges again only the rules that read what changed (and those reading
 * the time, which moves on with every check as in the wizard).
 */
export function timeIncrementalCheck(document: Plan): EngineMeasurement {
  const keys = document.keys ?? [];
  if (keys.length === 0) throw new Error('the plan has no key to edit');
  const check = createDocumentChecker(parsePlan);
  let typed = 0;
  return timeRepeatedly(() => {
    typed++;
    const edited = typed % keys.length;
    const key = keys[edited]!;
    check({
      ...document,
      keys: keys.map((other, index) =>
        index === edited
          ? { ...key, Description: `${key.Description ?? ''}${'x'.repeat(typed % 20)}` }
          : other,
      ),
    });
  }, document);
}
