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
  call,
  list,
  num,
  object,
  ref,
  str,
  template,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';
import {
  alarmThreshold,
  insightsQueryParts,
  measureLabel,
  plannedAlarms as plannedAlarmsOf,
  type AlarmDefinition,
  type ExtraDimension,
} from '../iac-model/alarms';
import { keyPolicy } from './key-policy';
import { names, type TerraformContext } from './context';

function certificateName(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.plan.tls?.certificate?.subjectCommonName,
    'proxy_certificate_name',
    'Subject common name of the proxy TLS certificate (the CertificateName dimension of XksProxyCertificateDaysToExpire).',
  );
}

function threshold(context: TerraformContext, definition: AlarmDefinition): Expression {
  const stated = alarmThreshold(context.plan, definition);
  if (stated !== undefined) return num(stated);
  return context.variables.declare({
    name: `${definition.resourceName}_alarm_threshold`,
    type: 'number',
    description: `Threshold of the ${measureLabel(definition)} alarm: AWS publishes no recommended value.`,
  });
}

const dimensionValue: Record<ExtraDimension, (context: TerraformContext) => Expression> = {
  CertificateName: certificateName,
};

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
          ...(measure.dimensions ?? []).map(
            (name) => [name, dimensionValue[name](context)] as const,
          ),
        ]),
      ),
    ];
  }
  const query = insightsQueryParts(measure);
  return [
    block(
      'metric_query',
      [],
      [
        attr('id', str('q1')),
        attr('expression', template(query.before, context.customKeyStoreId, query.after)),
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
  return plannedAlarmsOf(context.plan);
}

/**
 * The alarm topic's own customer managed key. CloudWatch cannot publish to a topic encrypted with
 * the AWS managed key alias/aws/sns (its policy cannot be changed), so this key's policy lets
 * CloudWatch encrypt messages for the topic.
 */
function alarmTopicKey(): BodyItem {
  const policy = keyPolicy([
    ['Sid', str('CloudWatchPublishesAlarms')],
    ['Principal', object([['Service', str('cloudwatch.amazonaws.com')]])],
    ['Action', list([str('kms:Decrypt'), str('kms:GenerateDataKey*')])],
  ]);
  return block(
    'resource',
    ['aws_kms_key', names.alarmTopic],
    [
      attr('description', str('Encrypts the SNS topic of the key store alarms.')),
      attr('enable_key_rotation', bool(true)),
      attr('policy', call('jsonencode', policy)),
    ],
  );
}

export function alarmItems(context: TerraformContext): BodyItem[] {
  const topicName = context.variables.stringOr(
    context.plan.operations?.snsTopicName,
    'alarm_topic_name',
    'Name of the SNS topic that receives the key store alarms.',
  );
  return [
    alarmTopicKey(),
    block(
      'resource',
      ['aws_sns_topic', names.alarmTopic],
      [
        attr('name', topicName),
        attr('kms_master_key_id', ref('aws_kms_key', names.alarmTopic, 'arn')),
      ],
    ),
    ...plannedAlarms(context).map((definition) => alarmBlock(context, definition)),
  ];
}
