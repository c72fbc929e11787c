import { afterNextPaint } from './after-next-paint';

/** How long to wait for a first contentful paint that may never come (a page with nothing to show). */
const fallbackMs = 1000;

/**
 * Runs `callback`, in a task of its own, once the browser reports the page's first contentful
 * paint: the time its first content was on screen, which can come well after the frame was drawn
 * (afterNextPaint). Where the browser reports no paints, or the page is hidden, it runs after the
 * next frame instead.
 */
export function afterFirstContentfulPaint(callback: () => void): void {
  const painted = () => performance.getEntriesByName('first-contentful-paint', 'paint').length > 0;
  if (
    document.visibilityState === 'hidden' ||
    !PerformanceObserver.supportedEntryTypes.includes('paint')
  ) {
    afterNextPaint(callback);
    return;
  }
  if (painted()) {
    window.setTimeout(callback, 0);
    return;
  }
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(fallback);
  };
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    stop();
    window.setTimeout(callback, 0);
  });
  observer.observe({ type: 'paint' });
  const fallback = window.setTimeout(() => {
    stop();
    callback();
  }, fallbackMs);
}
