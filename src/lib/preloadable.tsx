import { use, type ComponentType, type ReactPromise } from 'react';

/** The promise, marked once it settles with how, where React's `use` reads it. */
function track<Value>(promise: Promise<Value>): Promise<Value> & ReactPromise<Value> {
  // The handlers return nothing: returning the promise would chain its failure, unhandled.
  promise.then(
    (value) => void Object.assign(promise, { status: 'fulfilled', value }),
    (reason: unknown) => void Object.assign(promise, { status: 'rejected', reason }),
  );
  return promise;
}

export interface Preloadable<Props extends object> {
  /** Renders the component once loaded; suspends (as `lazy` does) until then. */
  readonly Component: ComponentType<Props>;
  /** Loads it (once); resolves to it once loaded. */
  readonly preload: () => Promise<ComponentType<Props>>;
}

/**
 * A component loaded on demand, like React's `lazy`, except that once `preload` has resolved it
 * renders at once instead of suspending for a turn: a page pre-rendered with it (the build does,
 * see src/app/prerender.tsx) is rendered over without its "Loading…" line flashing in between.
 */
export function preloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): Preloadable<Props> {
  let loading: (Promise<ComponentType<Props>> & ReactPromise<ComponentType<Props>>) | undefined;
  const preload = () => (loading ??= track(load()));
  function Component(props: Props) {
    const Loaded = use(preload());
    return <Loaded {...props} />;
  }
  return { Component, preload };
}
