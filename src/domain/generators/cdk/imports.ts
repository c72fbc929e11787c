/** The namespace imports of a generated TypeScript file: only the aws-cdk-lib modules it uses. */
import { tsBlank, type TsExpression, type TsStatement } from '../typescript/syntax';

const modules: Record<string, string> = {
  cdk: 'aws-cdk-lib',
  cloudwatch: 'aws-cdk-lib/aws-cloudwatch',
  cloudwatchActions: 'aws-cdk-lib/aws-cloudwatch-actions',
  cr: 'aws-cdk-lib/custom-resources',
  ec2: 'aws-cdk-lib/aws-ec2',
  elbv2: 'aws-cdk-lib/aws-elasticloadbalancingv2',
  elbv2Targets: 'aws-cdk-lib/aws-elasticloadbalancingv2-targets',
  iam: 'aws-cdk-lib/aws-iam',
  kms: 'aws-cdk-lib/aws-kms',
  lambda: 'aws-cdk-lib/aws-lambda',
  logs: 'aws-cdk-lib/aws-logs',
  route53: 'aws-cdk-lib/aws-route53',
  sns: 'aws-cdk-lib/aws-sns',
};

/** The namespace imports a file needs: every module alias its statements use, in a fixed order. */
function usedAliases(statements: readonly TsStatement[]): string[] {
  const used = new Set<string>();
  const visit = (expression: TsExpression): void => {
    switch (expression.kind) {
      case 'identifier':
        used.add(expression.name);
        return;
      case 'member':
        return visit(expression.object);
      case 'call':
      case 'new':
        visit(expression.callee);
        return expression.args.forEach(visit);
      case 'array':
        return expression.items.forEach(visit);
      case 'object':
        return expression.entries.forEach(([, value]) => visit(value));
      case 'concat':
        return expression.parts.forEach(visit);
      case 'as':
        used.add(expression.type.split('.')[0]!);
        return visit(expression.expression);
      default:
        return;
    }
  };
  const walk = (statement: TsStatement): void => {
    if (statement.kind === 'const') visit(statement.value);
    else if (statement.kind === 'expression') visit(statement.expression);
    else if (statement.kind === 'super') statement.args.forEach(visit);
    else if (statement.kind === 'assign') {
      visit(statement.target);
      visit(statement.value);
    } else if (statement.kind === 'class') {
      used.add(statement.extends.split('.')[0]!);
      for (const parameter of statement.constructorParameters) {
        used.add(parameter.type.split('.')[0]!);
      }
      statement.body.forEach(walk);
    }
  };
  statements.forEach(walk);
  return Object.keys(modules).filter((alias) => used.has(alias));
}

export function withImports(statements: readonly TsStatement[]): TsStatement[] {
  const hasClass = statements.some((statement) => statement.kind === 'class');
  return [
    ...usedAliases(statements).map((alias): TsStatement => ({
      kind: 'importNamespace',
      alias,
      module: modules[alias]!,
    })),
    ...(hasClass
      ? [
          {
            kind: 'importNamed',
            names: ['Construct'],
            module: 'constructs',
            typeOnly: true,
          } satisfies TsStatement,
        ]
      : []),
    tsBlank,
    ...statements,
  ];
}
