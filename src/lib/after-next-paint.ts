/** How long a page that stops drawing frames (hidden meanwhile) may hold the work back. */
const fallbackMs = 250;

/**
 * Runs `callback` once the browser has painted the next frame: for work a keystroke causes that
 * its own paint need not wait for (a task queued from an animation frame callback runs after that
 * frame is drawn). A hidden page draws no frames: there it runs as soon as the thread is free, and
 * it never waits more than a quarter of a second. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let frame: number | undefined;
  let task: number | undefined;
  const cancel = () => {
    if (frame !== undefined) window.cancelAnimationFrame(frame);
    window.clearTimeout(task);
    window.clearTimeout(fallback);
  };
  const run = () => {
    cancel();
    callback();
  };
  const fallback = window.setTimeout(run, fallbackMs);
  if (document.visibilityState === 'hidden') {
    task = window.setTimeout(run, 0);
  } else {
    frame = window.requestAnimationFrame(() => {
      task = window.setTimeout(run, 0);
    });
  }
  return cancel;
}

/** Resolves once the browser has painted the next frame (see afterNextPaint). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve));
}
