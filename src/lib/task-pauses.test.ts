import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTask, taskPauses } from './task-pauses';

describe('taskPauses', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends a slice once its time is spent, and starts the next after a pause', async () => {
    const pauses = taskPauses(4);
    expect(pauses.due()).toBe(false);
    vi.advanceTimersByTime(3);
    expect(pauses.due()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(pauses.due()).toBe(true);
    const paused = pauses.pause();
    await vi.advanceTimersByTimeAsync(0);
    await paused;
    expect(pauses.due()).toBe(false);
  });

  it('goes on in a later task, not in the current one', async () => {
    let resumed = false;
    void nextTask().then(() => (resumed = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });
});
