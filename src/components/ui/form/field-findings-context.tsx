import { createContext, useContext } from 'react';
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

export const FieldFindingsContext = createContext<FieldFindings>({
  at: () => none,
  within: () => none,
  unknownsAt: () => none,
});

/** Indexes findings by every place they concern, and unknowns by every place they need. */
export function fieldFindingsOf(
  findings: readonly Finding[],
  unknowns: readonly Unknown[],
): FieldFindings {
  const findingsAt = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const pointer of new Set([finding.path, ...(finding.relatedPaths ?? [])])) {
      const list = findingsAt.get(pointer);
      if (list) list.push(finding);
      else findingsAt.set(pointer, [finding]);
    }
  }
  const unknownsAt = new Map<string, Unknown[]>();
  for (const unknown of unknowns) {
    for (const pointer of unknown.paths) {
      const list = unknownsAt.get(pointer);
      if (list) list.push(unknown);
      else unknownsAt.set(pointer, [unknown]);
    }
  }
  return {
    at: (pointer) => findingsAt.get(pointer) ?? none,
    within: (pointer) =>
      findings.filter((finding) =>
        [finding.path, ...(finding.relatedPaths ?? [])].some(
          (place) => place === pointer || place.startsWith(`${pointer}/`),
        ),
      ),
    unknownsAt: (pointer) => unknownsAt.get(pointer) ?? none,
  };
}

export function useFindingsAt(pointer: string, withinItems = false): readonly Finding[] {
  const findings = useContext(FieldFindingsContext);
  return withinItems ? findings.within(pointer) : findings.at(pointer);
}

export function useUnknownsAt(pointer: string): readonly Unknown[] {
  return useContext(FieldFindingsContext).unknownsAt(pointer);
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
