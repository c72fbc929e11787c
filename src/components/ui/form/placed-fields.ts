import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

/**
 * Which JSON Pointers the page currently shows as a field or group, so that findings about
 * anything else can be listed separately instead of being lost.
 */
export class PlacedFields {
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: ReadonlySet<string> = new Set();
  private notifyScheduled = false;

  place(pointer: string): () => void {
    this.counts.set(pointer, (this.counts.get(pointer) ?? 0) + 1);
    this.changed();
    return () => {
      const count = (this.counts.get(pointer) ?? 1) - 1;
      if (count === 0) this.counts.delete(pointer);
      else this.counts.set(pointer, count);
      this.changed();
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ReadonlySet<string> => this.snapshot;

  // A step mounts dozens of fields at once: tell listeners once, after all of them.
  private changed(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      this.snapshot = new Set(this.counts.keys());
      for (const listener of this.listeners) listener();
    });
  }
}

export const PlacedFieldsContext = createContext<PlacedFields | undefined>(undefined);

/** Marks `pointer` as shown while the calling component is mounted. */
export function usePlacedPointer(pointer: string): void {
  const placed = useContext(PlacedFieldsContext);
  useEffect(() => placed?.place(pointer), [placed, pointer]);
}

const nothingPlaced: ReadonlySet<string> = new Set();

export function usePlacedPointers(): ReadonlySet<string> {
  const placed = useContext(PlacedFieldsContext);
  const getSnapshot = placed?.getSnapshot ?? (() => nothingPlaced);
  // The build renders pages ahead (src/app/prerender.tsx): there, as on arrival, nothing is placed.
  return useSyncExternalStore(placed?.subscribe ?? (() => () => {}), getSnapshot, getSnapshot);
}
