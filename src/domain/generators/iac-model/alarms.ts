/**
 * The CloudWatch alarms of an external key store, format-neutral: the four AWS recommends (always
 * created, with the plan's threshold when it states one) and the three the plan may enable.
 * XksProxyLatency and XksProxyErrors carry per-operation dimensions and CloudWatch matches
 * dimension sets exactly, so those alarms use a Metrics Insights query over the whole store.
 * Sources: https://docs.aws.amazon.com/kms/latest/developerguide/xks-alarms.html and
 * https://docs.aws.amazon.com/kms/latest/developerguide/monitoring-cloudwatch.html
 */
import type { Plan } from '../../plan/plan-schema';

export type AlarmField =
  | 'certificateDaysToExpire'
  | 'proxyLatency'
  | 'retryableErrors'
  | 'nonRetryableErrors'
  | 'credentialAge'
  | 'keyManagerStates'
  | 'keyStoreThrottle';

/** A dimension besides CustomKeyStoreId; each target decides where its value comes from. */
export type ExtraDimension = 'CertificateName';

export type AlarmMeasure =
  | {
      readonly kind: 'metric';
      readonly metric: string;
      readonly statistic: string;
      readonly dimensions?: readonly ExtraDimension[];
    }
  /** A Metrics Insights query: `SELECT <select> FROM "AWS/KMS" WHERE CustomKeyStoreId = ... <filter>`. */
  | { readonly kind: 'query'; readonly select: string; readonly filter?: string };

export interface AlarmDefinition {
  readonly field: AlarmField;
  /** snake_case name, e.g. `proxy_latency`. */
  readonly resourceName: string;
  readonly description: string;
  readonly measure: AlarmMeasure;
  readonly periodSeconds: number;
  readonly comparison: 'LessThanThreshold' | 'GreaterThanThreshold';
  /** AWS's recommended threshold; alarms without one are created only when the plan enables them. */
  readonly recommendedThreshold?: number;
  readonly treatMissingData?: 'notBreaching';
}

export const alarmDefinitions: readonly AlarmDefinition[] = [
  {
    field: 'certificateDaysToExpire',
    resourceName: 'certificate_days_to_expire',
    description: 'The XKS proxy TLS certificate expires soon: renew it before KMS loses the proxy.',
    measure: {
      kind: 'metric',
      metric: 'XksProxyCertificateDaysToExpire',
      statistic: 'Minimum',
      dimensions: ['CertificateName'],
    },
    periodSeconds: 300,
    comparison: 'LessThanThreshold',
    recommendedThreshold: 10,
  },
  {
    field: 'proxyLatency',
    resourceName: 'proxy_latency',
    description: 'The XKS proxy answers slowly: KMS gives up after 250 ms.',
    measure: { kind: 'query', select: 'AVG(XksProxyLatency)' },
    periodSeconds: 300,
    comparison: 'GreaterThanThreshold',
    recommendedThreshold: 200,
  },
  {
    field: 'retryableErrors',
    resourceName: 'retryable_proxy_errors',
    description: 'Retryable XKS proxy errors: timeouts, throttling or an unreachable proxy.',
    measure: { kind: 'query', select: 'SUM(XksProxyErrors)', filter: "ErrorType = 'Retryable'" },
    periodSeconds: 60,
    comparison: 'GreaterThanThreshold',
    recommendedThreshold: 5,
    treatMissingData: 'notBreaching',
  },
  {
    field: 'nonRetryableErrors',
    resourceName: 'non_retryable_proxy_errors',
    description: 'Non-retryable XKS proxy errors: authentication, path or key configuration.',
    measure: {
      kind: 'query',
      select: 'SUM(XksProxyErrors)',
      filter: "ErrorType = 'Non-retryable'",
    },
    periodSeconds: 60,
    comparison: 'GreaterThanThreshold',
    recommendedThreshold: 5,
    treatMissingData: 'notBreaching',
  },
  {
    field: 'credentialAge',
    resourceName: 'proxy_credential_age',
    description: 'The XKS proxy authentication credential is due for rotation.',
    measure: { kind: 'metric', metric: 'XksProxyCredentialAge', statistic: 'Maximum' },
    periodSeconds: 300,
    comparison: 'GreaterThanThreshold',
  },
  {
    field: 'keyManagerStates',
    resourceName: 'key_manager_states',
    description: 'External key manager instances are Degraded or Unavailable.',
    measure: {
      kind: 'query',
      select: 'SUM(XksExternalKeyManagerStates)',
      filter: "XksExternalKeyManagerState != 'Active'",
    },
    periodSeconds: 300,
    comparison: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
  },
  {
    field: 'keyStoreThrottle',
    resourceName: 'key_store_throttle',
    description: 'KMS throttles requests to the external key store (1800 requests per second).',
    measure: { kind: 'query', select: 'SUM(ExternalKeyStoreThrottle)' },
    periodSeconds: 300,
    comparison: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
  },
];

/** Which alarms an export creates: AWS's four always, the others when the plan enables them. */
export function plannedAlarms(plan: Plan): readonly AlarmDefinition[] {
  return alarmDefinitions.filter(
    (definition) =>
      definition.recommendedThreshold !== undefined ||
      plan.operations?.alarms?.[definition.field]?.enabled === true,
  );
}

/** The plan's threshold, else AWS's recommended one; undefined when neither exists. */
export function alarmThreshold(plan: Plan, definition: AlarmDefinition): number | undefined {
  return plan.operations?.alarms?.[definition.field]?.threshold ?? definition.recommendedThreshold;
}

/** What the alarm measures, for descriptions: the metric name or the query's SELECT. */
export function measureLabel(definition: AlarmDefinition): string {
  return definition.measure.kind === 'metric'
    ? definition.measure.metric
    : definition.measure.select;
}

/**
 * The Metrics Insights query of a query alarm as the text before and after the store ID:
 * `<before><CustomKeyStoreId><after>`.
 */
export function insightsQueryParts(measure: AlarmMeasure & { kind: 'query' }): {
  readonly before: string;
  readonly after: string;
} {
  const filter = measure.filter === undefined ? '' : ` AND ${measure.filter}`;
  return {
    before: `SELECT ${measure.select} FROM "AWS/KMS" WHERE CustomKeyStoreId = '`,
    after: `'${filter}`,
  };
}
