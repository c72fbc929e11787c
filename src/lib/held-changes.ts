import { afterNextPaint } from './after-next-paint';

/**
 * Changes typed into text fields, held until the keystroke has painted (see holdUntilPainted).
 * Keyed by field: a field typed into again meanwhile is heard once, and reads its latest value.
 */
const held = new Map<EventTarget, () => void>();
let cancelRun: (() => void) | undefined;

/** Runs every held change now, in the order the fields were typed into. */
export function runHeldChanges(): void {
  cancelRun?.();
  cancelRun = undefined;
  const changes = [...held.values()];
  held.clear();
  for (const change of changes) change();
}

/**
 * Two frames, not one: run in the task after the first, the work competed (on two cores) with
 * drawing that frame, and first keystrokes still took two frames.
 */
function afterTwoPaints(callback: () => void): () => void {
  let cancelSecond: (() => void) | undefined;
  const cancelFirst = afterNextPaint(() => {
    cancelSecond = afterNextPaint(callback);
  });
  return () => {
    cancelFirst();
    cancelSecond?.();
  };
}

let listening = false;

// Whatever the user does next (a pointer, a key, focus leaving, the browser's back or forward),
// and leaving or hiding the page, first hears what was typed: a click reads the plan as typed,
// and a reload keeps it. Capturing on the window, these run before any handler on the page.
function listen(): void {
  if (listening) return;
  listening = true;
  for (const type of ['pointerdown', 'keydown', 'focusout', 'popstate', 'pagehide']) {
    window.addEventListener(type, runHeldChanges, true);
  }
  document.addEventListener('visibilitychange', runHeldChanges);
}

/**
 * Holds `change` (a text field's change handler, with its event) until the frames after the
 * keystroke have painted, or the user does anything else. The browser draws the typed character
 * itself; what the form does with it (copy the plan, derive, save, re-render) then never delays
 * that paint.
 */
export function holdUntilPainted(field: EventTarget, change: () => void): void {
  listen();
  held.set(field, change);
  cancelRun ??= afterTwoPaints(runHeldChanges);
}
