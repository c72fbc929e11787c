import type { Pauses } from '@/domain/engine/run-rules';

/**
 * Pauses for long work on the page's thread: a slice ends after `sliceMs`, and the work goes on in
 * a later task, so that input and paints are not held back meanwhile (`scheduler.yield` where the
 * browser has it: the work then goes on before other queued tasks).
 */
export function taskPauses(sliceMs = 4): Pauses {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart >= sliceMs,
    pause: async () => {
      await nextTask();
      sliceStart = performance.now();
    },
  };
}

/** Resolves in a later task: work that awaits it first does not lengthen the task it began in. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
