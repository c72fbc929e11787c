import { createContext, useContext } from 'react';
import type { Finding } from '@/domain/engine/types';

/** The engine's findings, looked up by the JSON Pointer of the field they concern. */
export interface FieldFindings {
  at(pointer: string): readonly Finding[];
}

const none: readonly Finding[] = [];

export const FieldFindingsContext = createContext<FieldFindings>({ at: () => none });

export function useFindingsAt(pointer: string): readonly Finding[] {
  return useContext(FieldFindingsContext).at(pointer);
}

/** The JSON Pointer of a react-hook-form field name: `vpc.subnets.0.cidrBlock` → `/vpc/subnets/0/cidrBlock`. */
export function pointerOfField(name: string): string {
  return `/${name.replaceAll('.', '/')}`;
}

/** The element id of a field, also the target of "go to field" links. */
export function fieldId(name: string): string {
  return `field-${name.replaceAll('.', '-')}`;
}
