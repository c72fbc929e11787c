/** Something loaded on demand (a module, mostly), with what it holds once it has loaded. */
export interface LoadOnce<Value> {
  /** Starts the load, or joins the one under way; resolves to the value. */
  readonly load: () => Promise<Value>;
  /** The value once loaded; undefined before. */
  readonly loaded: () => Value | undefined;
}

/**
 * Loads with `load` once and remembers the value. A failed load (offline, or a new deployment
 * removed this build's files) is forgotten, so that the next call tries again.
 */
export function loadOnce<Value>(load: () => Promise<Value>): LoadOnce<Value> {
  let value: { readonly current: Value } | undefined;
  let loading: Promise<Value> | undefined;
  return {
    load: () =>
      (loading ??= load().then(
        (current) => {
          value = { current };
          return current;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => value?.current,
  };
}
