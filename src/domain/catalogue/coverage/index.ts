import { coverage as apiConfigMetricsSpecChanges } from './api-config-metrics-spec-changes';
import { coverage as endpointPathCredentialNames } from './endpoint-path-credential-names';
import { coverage as latencyKeysPublicEndpoint } from './latency-keys-public-endpoint';
import { coverage as scopeKeyManagerProxy } from './scope-key-manager-proxy';
import { coverage as tlsCertificate } from './tls-certificate';
import type { ChecklistItem } from './types';
import { coverage as vpcEndpointService } from './vpc-endpoint-service';

// One file per part of the catalogue (sections 1.1-1.3, 1.4 and 1.6-1.8, 1.5, 1.9-2, 3, 4-8).
const sections = [
  scopeKeyManagerProxy,
  endpointPathCredentialNames,
  tlsCertificate,
  latencyKeysPublicEndpoint,
  vpcEndpointService,
  apiConfigMetricsSpecChanges,
];

/** The manual checklist: what the report asks the user to verify by hand. */
export const checklist: readonly ChecklistItem[] = sections.flatMap((section) => section.checklist);

/** Facts that neither a rule nor the checklist can cover, with the reason. */
export const notApplicable: Readonly<Record<string, string>> = Object.assign(
  {},
  ...sections.map((section) => section.notApplicable),
);
