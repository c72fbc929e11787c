import type { SectionCoverage } from './types';

export const coverage: SectionCoverage = {
  checklist: [],
  notApplicable: {},
};
