/**
 * The CloudWatch alarms a plan can enable (operations.alarms), with what AWS says about each:
 * four have a recommended threshold (DG/xks-alarms.html), three are suggested without one
 * (DG/monitoring-cloudwatch.html). Shared by the alarm rules.
 */
import type { Plan } from '../../plan/plan-schema';
import { guide } from './sources';

type Alarms = NonNullable<NonNullable<Plan['operations']>['alarms']>;
export type AlarmField = keyof Alarms;
export type AlarmSetting = NonNullable<Alarms[AlarmField]>;

export interface RecommendedAlarm {
  readonly field: AlarmField;
  /** Plain name for messages, e.g. "certificate expiry". */
  readonly label: string;
  /** Metric and statistic as AWS's alarm instructions give them. */
  readonly metric: string;
  /** Whether the alarm fires when the metric falls below or rises above the threshold. */
  readonly comparison: 'below' | 'above';
  readonly threshold: number;
  readonly unit: string;
  /** What goes unnoticed without the alarm, as a sentence. */
  readonly risk: string;
  readonly source: string;
}

export const recommendedAlarms: readonly RecommendedAlarm[] = [
  {
    field: 'certificateDaysToExpire',
    label: 'certificate expiry',
    metric: 'XksProxyCertificateDaysToExpire (minimum over 5 minutes)',
    comparison: 'below',
    threshold: 10,
    unit: 'days',
    risk: 'An expired proxy TLS certificate stops KMS from reaching the proxy, and every KMS key in the store becomes unusable.',
    source: guide('xks-alarms.html#cert-expire-alarm'),
  },
  {
    field: 'proxyLatency',
    label: 'proxy latency',
    metric: 'XksProxyLatency (average over 5 minutes)',
    comparison: 'above',
    threshold: 200,
    unit: 'ms',
    risk: 'KMS waits at most 250 ms for the proxy, so a slow proxy turns into failed requests soon after.',
    source: guide('xks-alarms.html#latency-alarm'),
  },
  {
    field: 'retryableErrors',
    label: 'retryable proxy errors',
    metric: 'XksProxyErrors with ErrorType Retryable (sum over 1 minute)',
    comparison: 'above',
    threshold: 5,
    unit: 'errors per minute',
    risk: 'Timeouts, throttling and an unreachable proxy or key manager show up here before callers give up.',
    source: guide('xks-alarms.html#retryable-errors-alarm'),
  },
  {
    field: 'nonRetryableErrors',
    label: 'non-retryable proxy errors',
    metric: 'XksProxyErrors with ErrorType Non-retryable (sum over 1 minute)',
    comparison: 'above',
    threshold: 5,
    unit: 'errors per minute',
    risk: 'Authentication, authorization, path and key errors make every affected request fail until someone fixes the configuration.',
    source: guide('xks-alarms.html#nonretryable-errors-alarm'),
  },
];

export interface AlarmWithoutAwsThreshold {
  readonly field: AlarmField;
  readonly label: string;
  readonly metric: string;
  /** How to choose a threshold, as the end of a sentence. */
  readonly choosing: string;
}

export const alarmsWithoutAwsThreshold: readonly AlarmWithoutAwsThreshold[] = [
  {
    field: 'credentialAge',
    label: 'credential age',
    metric: 'XksProxyCredentialAge',
    choosing: 'the age in days at which your policy says the proxy credential must be rotated',
  },
  {
    field: 'keyManagerStates',
    label: 'key manager states',
    metric: 'XksExternalKeyManagerStates (Degraded or Unavailable)',
    choosing: 'the number of Degraded or Unavailable key manager instances you can tolerate',
  },
  {
    field: 'keyStoreThrottle',
    label: 'key store throttling',
    metric: 'ExternalKeyStoreThrottle',
    choosing: 'the number of requests KMS may throttle per period before someone must act',
  },
];

export function alarmSetting(plan: Plan, field: AlarmField): AlarmSetting | undefined {
  return plan.operations?.alarms?.[field];
}

/** The plan-relative path of one field of an alarm setting. */
export function alarmPath(field: AlarmField, member: keyof AlarmSetting): string[] {
  return ['operations', 'alarms', field, member];
}

/** Whether a planned threshold would alarm later than AWS's recommended one. */
export function isLooserThanRecommended(alarm: RecommendedAlarm, threshold: number): boolean {
  return alarm.comparison === 'below' ? threshold < alarm.threshold : threshold > alarm.threshold;
}

/** JSON Pointer patterns of one member of the listed alarms, for a rule's `reads`. */
export function alarmReads(
  alarms: readonly { readonly field: AlarmField }[],
  member: keyof AlarmSetting,
): string[] {
  return alarms.map((alarm) => `/operations/alarms/${alarm.field}/${member}`);
}
