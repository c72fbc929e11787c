import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Runs each test of the calling suite on Vitest's fake timers, and afterwards restores the real
 * timers and the globals the fakes below stubbed.
 */
export function useFakeBrowserTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/**
 * A browser for the tests of src/lib, stubbed over Node's globals: it draws animation frames when
 * the test says (its tasks are Vitest's fake timers), and the test can fire the window's and the
 * document's listeners by name ("window keydown (capture)", "document visibilitychange").
 */
export function fakeBrowser(visibilityState: 'visible' | 'hidden' = 'visible') {
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const listeners: { readonly name: string; readonly listener: () => void }[] = [];
  const listenOn = (target: string) => (type: string, listener: () => void, capture?: boolean) =>
    listeners.push({ name: `${target} ${type}${capture ? ' (capture)' : ''}`, listener });
  vi.stubGlobal('document', { visibilityState, addEventListener: listenOn('document') });
  vi.stubGlobal('window', {
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (frame: number) => frames.delete(frame),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (timer: number | undefined) => clearTimeout(timer),
    addEventListener: listenOn('window'),
  });
  return {
    /** Runs the animation frame callbacks due (not the tasks they queue). */
    drawFrame: () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(0);
    },
    fire: (name: string) => {
      for (const registered of listeners) if (registered.name === name) registered.listener();
    },
    /** Every listener added, by name, sorted: one listening twice shows twice. */
    listeners: () => listeners.map((registered) => registered.name).sort(),
  };
}

/** The browser's paint timing, stubbed: the test says when the first contentful paint is shown. */
export function fakePaintTiming({ supported = true, alreadyPainted = false } = {}) {
  const entries: { readonly name: string }[] = alreadyPainted
    ? [{ name: 'first-contentful-paint' }]
    : [];
  const observers = new Set<() => void>();
  vi.stubGlobal('performance', {
    getEntriesByName: (name: string, type: string) =>
      type === 'paint' ? entries.filter((entry) => entry.name === name) : [],
  });
  vi.stubGlobal(
    'PerformanceObserver',
    Object.assign(
      function PerformanceObserver(this: object, report: () => void) {
        Object.assign(this, {
          observe: ({ type }: { type: string }) => type === 'paint' && observers.add(report),
          disconnect: () => observers.delete(report),
        });
      },
      { supportedEntryTypes: supported ? ['paint', 'longtask'] : ['longtask'] },
    ),
  );
  return {
    paint: (name: 'first-paint' | 'first-contentful-paint') => {
      entries.push({ name });
      for (const report of [...observers]) report();
    },
    observing: () => observers.size,
  };
}
