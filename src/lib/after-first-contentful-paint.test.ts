import { describe, expect, it, vi } from 'vitest';
import { afterFirstContentfulPaint } from './after-first-contentful-paint';
import { fakeBrowser, fakePaintTiming, useFakeBrowserTimers } from './browser-test-support';

describe('afterFirstContentfulPaint', () => {
  useFakeBrowserTimers();

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
