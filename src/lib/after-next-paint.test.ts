import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';
import { fakeBrowser, useFakeBrowserTimers } from './browser-test-support';

describe('afterNextPaint', () => {
  useFakeBrowserTimers();

  it('runs once, in a task after the next frame, never before it', () => {
    const browser = fakeBrowser('visible');
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
    browser.drawFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    browser.drawFrame();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const browser = fakeBrowser('visible');
    const callback = vi.fn();
    afterNextPaint(callback)();
    browser.drawFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
  });

  it('runs at once on a hidden page, which draws no frames', () => {
    fakeBrowser('hidden');
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits at most a quarter of a second for a frame that does not come', () => {
    const browser = fakeBrowser('visible');
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(249);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    browser.drawFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
