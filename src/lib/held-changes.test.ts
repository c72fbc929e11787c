import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A browser whose frames are drawn when the test says (Vitest's fake timers run the tasks), and
 * whose window and document listeners the test can fire.
 */
function fakeBrowser() {
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const listeners: { readonly name: string; readonly listener: () => void }[] = [];
  const listenOn = (target: string) => (type: string, listener: () => void, capture?: boolean) =>
    listeners.push({ name: `${target} ${type}${capture ? ' (capture)' : ''}`, listener });
  vi.stubGlobal('document', {
    visibilityState: 'visible',
    addEventListener: listenOn('document'),
  });
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
    paint: () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(0);
      vi.advanceTimersByTime(0);
    },
    fire: (name: string) => {
      for (const registered of listeners) if (registered.name === name) registered.listener();
    },
    listeners: () => listeners.map((registered) => registered.name).sort(),
  };
}

/** The module afresh: it starts listening with its first held change. */
const load = async () => {
  vi.resetModules();
  return import('./held-changes');
};

describe('holdUntilPainted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs a change once two frames have painted, not before', async () => {
    const browser = fakeBrowser();
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
    const browser = fakeBrowser();
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
    'window pagehide (capture)',
    'document visibilitychange',
  ])('runs what is held at once on %s, and not again after the paint', async (listener) => {
    const browser = fakeBrowser();
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
    const browser = fakeBrowser();
    const { holdUntilPainted } = await load();
    holdUntilPainted({} as EventTarget, () => {});
    holdUntilPainted({} as EventTarget, () => {});
    expect(browser.listeners()).toEqual([
      'document visibilitychange',
      'window focusout (capture)',
      'window keydown (capture)',
      'window pagehide (capture)',
      'window pointerdown (capture)',
    ]);
  });

  it('runs what is held when asked, with nothing left for the paint', async () => {
    const browser = fakeBrowser();
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
