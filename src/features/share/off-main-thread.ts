/**
 * Reads a large input (a pasted or imported document) in a Web Worker, so that parsing and
 * checking up to 5 MB never blocks the page (issue 13: the tab froze for seconds). Small inputs
 * are read on the page's thread, where they take a few milliseconds; so are all inputs where
 * workers are missing or fail to start.
 */
import type { ReaderRequest } from './reader-worker';

/** Inputs from this many UTF-16 units on are read in the worker (about 70 ms on the page). */
export const largeInput = 200_000;

interface Waiting {
  readonly resolve: (result: unknown) => void;
  /** Reads the input on the page's thread instead, should the worker fail. */
  readonly onPage: () => unknown;
}

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  const started = new Worker(new URL('./reader-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<{ id: number; result: unknown }>) => {
    waiting.get(data.id)?.resolve(data.result);
    waiting.delete(data.id);
  };
  started.onerror = () => {
    // E.g. a host policy that forbids workers: everything waiting is read on the page instead.
    workerFailed = true;
    worker = undefined;
    started.terminate();
    for (const { resolve, onPage } of waiting.values()) resolve(Promise.resolve(onPage()));
    waiting.clear();
  };
  return started;
}

/**
 * What `onPage` gives for `text`, computed in the worker (the same reader, by `kind`) when the
 * text is large. `onPage` must be the reader the worker runs for `kind`.
 */
export function readOffMainThread<Result>(
  kind: ReaderRequest['kind'],
  text: string,
  onPage: () => Result | Promise<Result>,
): Promise<Result> {
  if (text.length < largeInput || workerFailed || typeof Worker === 'undefined') {
    return Promise.resolve(onPage());
  }
  try {
    worker ??= startWorker();
  } catch {
    workerFailed = true;
    return Promise.resolve(onPage());
  }
  const id = ++nextId;
  const request: ReaderRequest = { id, kind, text };
  return new Promise<Result>((resolve) => {
    waiting.set(id, { resolve: resolve as (result: unknown) => void, onPage });
    worker!.postMessage(request);
  });
}
