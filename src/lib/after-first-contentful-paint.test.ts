import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstContentfulPaint } from './after-first-contentful-paint';
import { fakeBrowser } from './browser-test-support';

/** The browser's paint timing, stubbed: the test says when the first contentful paint is shown. */
function fakePaintTiming({ supported = true, alreadyPainted = false } = {}) {
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

describe('afterFirstContentfulPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once, in a task after the first contentful paint is reported, not after a frame', () => {
    const browser = fakeBrowser('visible');
    const paints = fakePaintTiming();
    const callback = vi.fn();
    afterFirstContentfulPaint(callback);
    browser.drawFrame();
    paints.paint('first-paint');
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
    paints.paint('first-contentful-paint');
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(paints.observing()).toBe(0);
    vi.advanceTimersByTime(2000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs in the next task when the first contentful paint is already reported', () => {
    fakeBrowser('visible');
    fakePaintTiming({ alreadyPainted: true });
    const callback = vi.fn();
    afterFirstContentfulPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits at most a second for a contentful paint that does not come', () => {
    fakeBrowser('visible');
    const paints = fakePaintTiming();
    const callback = vi.fn();
    afterFirstContentfulPaint(callback);
    vi.advanceTimersByTime(999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    paints.paint('first-contentful-paint');
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after the next frame where the browser reports no paints', () => {
    const browser = fakeBrowser('visible');
    fakePaintTiming({ supported: false });
    const callback = vi.fn();
    afterFirstContentfulPaint(callback);
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
    browser.drawFrame();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs at once on a hidden page, which paints nothing', () => {
    fakeBrowser('hidden');
    fakePaintTiming();
    const callback = vi.fn();
    afterFirstContentfulPaint(callback);
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
