import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser, useFakeBrowserTimers } from './browser-test-support';

/** The fake browser, with a paint that also runs the tasks its frames queued. */
function fakePaintingBrowser() {
  const browser = fakeBrowser();
  return {
    ...browser,
    paint: () => {
      browser.drawFrame();
      vi.advanceTimersByTime(0);
    },
  };
}

/** The module afresh: it starts listening with its first held change. */
const load = async () => {
  vi.resetModules();
  return import('./held-changes');
};

describe('holdUntilPainted', () => {
  useFakeBrowserTimers();

  it('runs a change once two frames have painted, not before', async () => {
    const browser = fakePaintingBrowser();
    const { holdUntilPainted } = await load();
    const change = vi.fn();
    holdUntilPainted({} as EventTarget, change);
    browser.paint();
    expect(change).not.toHaveBeenCalled();
    browser.paint();
    expect(change).toHaveBeenCalledTimes(1);
    browser.paint();
    expect(change).toHaveBeenCalledTimes(1);
  });

  it('runs a field changed again meanwhile once, with its latest change, in the order typed', async () => {
    const browser = fakePaintingBrowser();
    const { holdUntilPainted } = await load();
    const [first, second] = [{} as EventTarget, {} as EventTarget];
    const heard: string[] = [];
    holdUntilPainted(first, () => heard.push('first: a'));
    holdUntilPainted(second, () => heard.push('second: a'));
    holdUntilPainted(first, () => heard.push('first: ab'));
    browser.paint();
    browser.paint();
    expect(heard).toEqual(['first: ab', 'second: a']);
  });

  it.each([
    'window pointerdown (capture)',
    'window keydown (capture)',
    'window focusout (capture)',
    'window popstate (capture)',
    'window pagehide (capture)',
    'document visibilitychange',
  ])('runs what is held at once on %s, and not again after the paint', async (listener) => {
    const browser = fakePaintingBrowser();
    const { holdUntilPainted } = await load();
    const change = vi.fn();
    holdUntilPainted({} as EventTarget, change);
    browser.fire(listener);
    expect(change).toHaveBeenCalledTimes(1);
    browser.paint();
    browser.paint();
    expect(change).toHaveBeenCalledTimes(1);
  });

  it('listens for exactly those events, once however many changes it holds', async () => {
    const browser = fakePaintingBrowser();
    const { holdUntilPainted } = await load();
    holdUntilPainted({} as EventTarget, () => {});
    holdUntilPainted({} as EventTarget, () => {});
    expect(browser.listeners()).toEqual([
      'document visibilitychange',
      'window focusout (capture)',
      'window keydown (capture)',
      'window pagehide (capture)',
      'window pointerdown (capture)',
      'window popstate (capture)',
    ]);
  });

  it('runs what is held when asked, with nothing left for the paint', async () => {
    const browser = fakePaintingBrowser();
    const { holdUntilPainted, runHeldChanges } = await load();
    const change = vi.fn();
    holdUntilPainted({} as EventTarget, change);
    runHeldChanges();
    runHeldChanges();
    browser.paint();
    browser.paint();
    expect(change).toHaveBeenCalledTimes(1);
  });
});
