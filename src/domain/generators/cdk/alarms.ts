/**
 * The alarms on the key store (the four AWS recommends, plus the ones the plan enables) and the
 * SNS topic they notify.
 */
import type { Plan } from '../../plan/plan-schema';
import {
  alarmThreshold,
  insightsQueryParts,
  measureLabel,
  plannedAlarms,
  type AlarmDefinition,
} from '../iac-model/alarms';
import {
  tsBlank,
  tsCall,
  tsComment,
  tsConcat,
  tsConst,
  tsExpr,
  tsMember,
  tsNew,
  tsNum,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
} from '../typescript/syntax';
import type { StackBuilder } from './stack-builder';
import { camel, duration, id, pascal, scope, type CdkContext } from './context';

function alarmMetric(stack: StackBuilder, plan: Plan, definition: AlarmDefinition): TsExpression {
  const { measure } = definition;
  const storeId = tsRef('keyStore.ref');
  if (measure.kind === 'metric') {
    const dimensions: (readonly [string, TsExpression])[] = [['CustomKeyStoreId', storeId]];
    for (const dimension of measure.dimensions ?? []) {
      dimensions.push([
        dimension,
        stack.stringOr(
          plan.tls?.certificate?.subjectCommonName,
          'ProxyCertificateName',
          'Subject common name of the proxy TLS certificate (the CertificateName dimension of XksProxyCertificateDaysToExpire).',
        ),
      ]);
    }
    return tsNew(
      'cloudwatch.Metric',
      tsObject([
        ['namespace', tsStr('AWS/KMS')],
        ['metricName', tsStr(measure.metric)],
        ['statistic', tsStr(measure.statistic)],
        ['period', duration('seconds', definition.periodSeconds)],
        ['dimensionsMap', tsObject(dimensions)],
      ]),
    );
  }
  const query = insightsQueryParts(measure);
  return tsNew(
    'cloudwatch.MathExpression',
    tsObject([
      ['expression', tsConcat(tsStr(query.before), storeId, tsStr(query.after))],
      ['usingMetrics', tsObject([])],
      ['period', duration('seconds', definition.periodSeconds)],
    ]),
  );
}

export function alarmStatements(stack: StackBuilder, context: CdkContext): void {
  const { plan } = context;
  const topicName = plan.operations?.snsTopicName;
  stack.add(
    tsBlank,
    tsComment('Alarms: the four AWS recommends, plus the ones the plan enables.'),
    tsConst(
      'alarmTopic',
      tsNew(
        'sns.Topic',
        scope,
        id('AlarmTopic'),
        tsObject([topicName === undefined ? undefined : ['topicName', tsStr(topicName)]]),
      ),
    ),
    tsConst('alarmAction', tsNew('cloudwatchActions.SnsAction', tsRef('alarmTopic'))),
  );
  for (const definition of plannedAlarms(plan)) {
    const variable = `${camel(definition.resourceName)}Alarm`;
    const stated = alarmThreshold(plan, definition);
    const threshold =
      stated !== undefined
        ? tsNum(stated)
        : tsMember(
            stack.parameter({
              id: `${pascal(definition.resourceName)}AlarmThreshold`,
              type: 'Number',
              description: `Threshold of the ${measureLabel(definition)} alarm: AWS publishes no recommended value.`,
            }),
            'valueAsNumber',
          );
    const comparison =
      definition.comparison === 'LessThanThreshold'
        ? 'LESS_THAN_THRESHOLD'
        : 'GREATER_THAN_THRESHOLD';
    stack.add(
      tsConst(
        variable,
        tsNew(
          'cloudwatch.Alarm',
          scope,
          id(`${pascal(definition.resourceName)}Alarm`),
          tsObject([
            [
              'alarmName',
              tsConcat(
                tsRef('keyStore.ref'),
                tsStr(`-${definition.resourceName.replace(/_/g, '-')}`),
              ),
            ],
            ['alarmDescription', tsStr(definition.description)],
            ['comparisonOperator', tsRef(`cloudwatch.ComparisonOperator.${comparison}`)],
            ['threshold', threshold],
            ['evaluationPeriods', tsNum(1)],
            definition.treatMissingData === undefined
              ? undefined
              : ['treatMissingData', tsRef('cloudwatch.TreatMissingData.NOT_BREACHING')],
            ['metric', alarmMetric(stack, plan, definition)],
          ]),
        ),
      ),
      tsExpr(tsCall(`${variable}.addAlarmAction`, tsRef('alarmAction'))),
      tsExpr(tsCall(`${variable}.addOkAction`, tsRef('alarmAction'))),
    );
  }
}
