import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding, Unknown } from '@/domain/engine/types';
import { fieldLabel } from '@/domain/plan/plan-fields';

/** The engine's findings and unknowns, looked up by the JSON Pointer of a field they concern. */
export interface FieldFindings {
  /** Findings at the pointer, or naming it among their related places. */
  at(pointer: string): readonly Finding[];
  /** Findings at the pointer or at any place inside it (the rows of a list shown as one field). */
  within(pointer: string): readonly Finding[];
  /** Rules that cannot judge the plan until the pointer's place is stated. */
  unknownsAt(pointer: string): readonly Unknown[];
}

const none: readonly never[] = [];

/** Whether two lists of plain data (findings, unknowns) hold the same entries. */
function sameEntries<Entry>(a: readonly Entry[], b: readonly Entry[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (entry, index) => entry === b[index] || JSON.stringify(entry) === JSON.stringify(b[index]),
    )
  );
}

/** `list`, or `before` when it holds the same entries: a field holding `before` need not render. */
function keptList<Entry>(before: readonly Entry[], list: readonly Entry[]): readonly Entry[] {
  if (list.length === 0) return none;
  return sameEntries(before, list) ? before : list;
}

/** Lists by place, each the `previous` one's own list for that place when its entries are the same. */
function listsByPlace<Entry>(
  entries: readonly Entry[],
  placesOf: (entry: Entry) => Iterable<string>,
  previous: (place: string) => readonly Entry[],
): Map<string, readonly Entry[]> {
  const lists = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const place of new Set(placesOf(entry))) {
      const list = lists.get(place);
      if (list) list.push(entry);
      else lists.set(place, [entry]);
    }
  }
  const kept = new Map<string, readonly Entry[]>();
  for (const [place, list] of lists) kept.set(place, keptList(previous(place), list));
  return kept;
}

/**
 * Findings indexed by every place they concern, and unknowns by every place they need. A lookup
 * answers the same list each time it is asked, and the same list as the previous index did where
 * that place's entries have not changed. It keeps no reference to the previous index.
 */
class FindingsIndex implements FieldFindings {
  private readonly findingsAt: Map<string, readonly Finding[]>;
  private readonly unknownsAtPlace: Map<string, readonly Unknown[]>;
  /** Lists of `within`, by the place asked. */
  private readonly withinAt = new Map<string, readonly Finding[]>();

  constructor(
    private readonly findings: readonly Finding[],
    unknowns: readonly Unknown[],
    previous?: FindingsIndex,
  ) {
    this.findingsAt = listsByPlace(
      findings,
      placesOfFinding,
      (place) => previous?.at(place) ?? none,
    );
    this.unknownsAtPlace = listsByPlace(
      unknowns,
      (unknown) => unknown.paths,
      (place) => previous?.unknownsAt(place) ?? none,
    );
    // A field reading `within` asks the index shown after it at once (useSyncExternalStore), so
    // the places the previous index was asked are all that can hold a list to keep.
    for (const [place, before] of previous?.withinAt ?? []) {
      this.withinAt.set(place, keptList(before, this.findingsWithin(place)));
    }
  }

  at(pointer: string): readonly Finding[] {
    return this.findingsAt.get(pointer) ?? none;
  }

  within(pointer: string): readonly Finding[] {
    let list = this.withinAt.get(pointer);
    if (!list) {
      list = keptList(none, this.findingsWithin(pointer));
      this.withinAt.set(pointer, list);
    }
    return list;
  }

  unknownsAt(pointer: string): readonly Unknown[] {
    return this.unknownsAtPlace.get(pointer) ?? none;
  }

  private findingsWithin(pointer: string): readonly Finding[] {
    return this.findings.filter((finding) =>
      placesOfFinding(finding).some(
        (place) => place === pointer || place.startsWith(`${pointer}/`),
      ),
    );
  }
}

const placesOfFinding = (finding: Finding) => [finding.path, ...(finding.relatedPaths ?? [])];

/**
 * The findings a step's fields show, for each field to read its own: a field renders again only
 * when its own findings change. (With the findings in a context value, every field of the step
 * rendered again whenever any finding changed, e.g. on each keystroke of a refused value, whose
 * message quotes it: the hundred fields of a large plan's Operations step, in each keystroke's
 * frame.)
 */
export class FieldFindingsStore {
  private index = new FindingsIndex([], []);
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current(): FieldFindings {
    return this.index;
  }

  /** Shows a new check's findings; a place whose findings are unchanged keeps the same list. */
  show(findings: readonly Finding[], unknowns: readonly Unknown[]): void {
    this.index = new FindingsIndex(findings, unknowns, this.index);
    for (const listener of this.listeners) listener();
  }
}

export const FieldFindingsContext = createContext(new FieldFindingsStore());

/** The findings at a field's place (`withinItems`: also inside it), read from the page's store. */
export function useFindingsAt(pointer: string, withinItems = false): readonly Finding[] {
  const store = useContext(FieldFindingsContext);
  const read = () => (withinItems ? store.current().within(pointer) : store.current().at(pointer));
  return useSyncExternalStore(store.subscribe, read, read);
}

export function useUnknownsAt(pointer: string): readonly Unknown[] {
  const store = useContext(FieldFindingsContext);
  const read = () => store.current().unknownsAt(pointer);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The JSON Pointer of a react-hook-form field name: `vpc.subnets.0.cidrBlock` → `/vpc/subnets/0/cidrBlock`. */
export function pointerOfField(name: string): string {
  return `/${name.replaceAll('.', '/')}`;
}

/** The react-hook-form name of a JSON Pointer: `/loadBalancer/listener/port` → `loadBalancer.listener.port`. */
export function fieldOfPointer(pointer: string): string {
  return pointer.slice(1).replaceAll('/', '.');
}

/** What a field is called: the label given, or the one the domain's field table gives its place. */
export function labelOfField(name: string, label: string | undefined): string {
  return label ?? fieldLabel(pointerOfField(name));
}

/** The element id of a field, also the target of "go to field" links. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}

/**
 * What a field shows beside the form's own message about its value (e.g. "Write the date as
 * YYYY-MM-DD"): that message alone. The engine left the refused value out, so its plan-schema
 * finding and "not stated yet" would say the same thing twice, less helpfully.
 */
export function besideFormatError<Entry>(
  entries: readonly Entry[],
  formatError: string | undefined,
  repeats: (entry: Entry) => boolean = () => true,
): readonly Entry[] {
  return formatError ? entries.filter((entry) => !repeats(entry)) : entries;
}

/** The engine's finding about a value the plan schema refuses. */
export const isSchemaFinding = (finding: Finding) => finding.ruleId === 'plan-schema';
