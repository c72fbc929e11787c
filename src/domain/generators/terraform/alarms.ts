/**
 * The SNS topic and CloudWatch alarms of an external key store: the four AWS recommends (always
 * created, with the plan's threshold when it states one) and the three the plan may enable.
 * XksProxyLatency and XksProxyErrors carry per-operation dimensions and CloudWatch matches
 * dimension sets exactly, so those alarms use a Metrics Insights query over the whole store.
 * Sources: https://docs.aws.amazon.com/kms/latest/developerguide/xks-alarms.html and
 * https://docs.aws.amazon.com/kms/latest/developerguide/monitoring-cloudwatch.html
 */
import {
  attr,
  block,
  bool,
  list,
  num,
  object,
  ref,
  str,
  template,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';
import { names, type TerraformContext } from './context';

type AlarmField =
  | 'certificateDaysToExpire'
  | 'proxyLatency'
  | 'retryableErrors'
  | 'nonRetryableErrors'
  | 'credentialAge'
  | 'keyManagerStates'
  | 'keyStoreThrottle';

type Measure =
  | {
      readonly kind: 'metric';
      readonly metric: string;
      readonly statistic: string;
      /** Dimensions besides CustomKeyStoreId. */
      readonly dimensions?: (
        context: TerraformContext,
      ) => readonly (readonly [string, Expression])[];
    }
  /** A Metrics Insights query: `SELECT <select> FROM "AWS/KMS" WHERE CustomKeyStoreId = ... <filter>`. */
  | { readonly kind: 'query'; readonly select: string; readonly filter?: string };

interface AlarmDefinition {
  readonly field: AlarmField;
  readonly resourceName: string;
  readonly description: string;
  readonly measure: Measure;
  readonly periodSeconds: number;
  readonly comparison: 'LessThanThreshold' | 'GreaterThanThreshold';
  /** AWS's recommended threshold; alarms without one are created only when the plan enables them. */
  readonly recommendedThreshold?: number;
  readonly treatMissingData?: 'notBreaching';
}

const definitions: readonly AlarmDefinition[] = [
  {
    field: 'certificateDaysToExpire',
    resourceName: 'certificate_days_to_expire',
    description: 'The XKS proxy TLS certificate expires soon: renew it before KMS loses the proxy.',
    measure: {
      kind: 'metric',
      metric: 'XksProxyCertificateDaysToExpire',
      statistic: 'Minimum',
      dimensions: (context) => [['CertificateName', certificateName(context)]],
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

function certificateName(context: TerraformContext): Expression {
  return context.variables.stringOr(
    context.plan.tls?.certificate?.subjectCommonName,
    'proxy_certificate_name',
    'Subject common name of the proxy TLS certificate (the CertificateName dimension of XksProxyCertificateDaysToExpire).',
  );
}

function threshold(context: TerraformContext, definition: AlarmDefinition): Expression {
  const stated = context.plan.operations?.alarms?.[definition.field]?.threshold;
  if (stated !== undefined) return num(stated);
  if (definition.recommendedThreshold !== undefined) return num(definition.recommendedThreshold);
  return context.variables.declare({
    name: `${definition.resourceName}_alarm_threshold`,
    type: 'number',
    description: `Threshold of the ${definition.measure.kind === 'metric' ? definition.measure.metric : definition.measure.select} alarm: AWS publishes no recommended value.`,
  });
}

function measureItems(context: TerraformContext, definition: AlarmDefinition): BodyItem[] {
  const { measure } = definition;
  if (measure.kind === 'metric') {
    return [
      attr('namespace', str('AWS/KMS')),
      attr('metric_name', str(measure.metric)),
      attr('statistic', str(measure.statistic)),
      attr('period', num(definition.periodSeconds)),
      attr(
        'dimensions',
        object([
          ['CustomKeyStoreId', context.customKeyStoreId],
          ...(measure.dimensions?.(context) ?? []),
        ]),
      ),
    ];
  }
  const filter = measure.filter === undefined ? '' : ` AND ${measure.filter}`;
  return [
    block(
      'metric_query',
      [],
      [
        attr('id', str('q1')),
        attr(
          'expression',
          template(
            `SELECT ${measure.select} FROM "AWS/KMS" WHERE CustomKeyStoreId = '`,
            context.customKeyStoreId,
            `'${filter}`,
          ),
        ),
        attr('period', num(definition.periodSeconds)),
        attr('return_data', bool(true)),
      ],
    ),
  ];
}

function alarmBlock(context: TerraformContext, definition: AlarmDefinition): BodyItem {
  const topic = ref('aws_sns_topic', names.alarmTopic, 'arn');
  const body: BodyItem[] = [];
  if (context.storeCount) body.push(attr('count', context.storeCount));
  body.push(
    attr(
      'alarm_name',
      template(
        ref('local', 'custom_key_store_id'),
        `-${definition.resourceName.replace(/_/g, '-')}`,
      ),
    ),
    attr('alarm_description', str(definition.description)),
    attr('comparison_operator', str(definition.comparison)),
    attr('threshold', threshold(context, definition)),
    attr('evaluation_periods', num(1)),
  );
  if (definition.treatMissingData) {
    body.push(attr('treat_missing_data', str(definition.treatMissingData)));
  }
  body.push(
    attr('alarm_actions', list([topic])),
    attr('ok_actions', list([topic])),
    ...measureItems(context, definition),
  );
  return block('resource', ['aws_cloudwatch_metric_alarm', definition.resourceName], body);
}

/** Which alarms the export creates: AWS's four always, the others when the plan enables them. */
export function plannedAlarms(context: TerraformContext): readonly AlarmDefinition[] {
  return definitions.filter(
    (definition) =>
      definition.recommendedThreshold !== undefined ||
      context.plan.operations?.alarms?.[definition.field]?.enabled === true,
  );
}

export function alarmItems(context: TerraformContext): BodyItem[] {
  const topicName = context.variables.stringOr(
    context.plan.operations?.snsTopicName,
    'alarm_topic_name',
    'Name of the SNS topic that receives the key store alarms.',
  );
  return [
    block('resource', ['aws_sns_topic', names.alarmTopic], [attr('name', topicName)]),
    ...plannedAlarms(context).map((definition) => alarmBlock(context, definition)),
  ];
}
