/**
 * backend.tf.example: where to keep the state. Terraform reads only `.tf` files, so the example
 * changes nothing until it is copied to backend.tf; a backend block cannot read variables, so
 * the bucket is the one value the plan cannot supply.
 */
import { attr, block, bool, comment, str, type BodyItem } from '../hcl/syntax';
import type { TerraformContext } from './context';

export function backendExample(context: TerraformContext): BodyItem[] {
  const storeName = context.plan.keyStore?.CustomKeyStoreName ?? 'xks-key-store';
  return [
    comment(
      'Copy to backend.tf, set the bucket, then run `terraform init -migrate-state`.',
      context.endpointServiceOwner === undefined
        ? 'The state holds the proxy secret access key: keep the bucket private and encrypted.'
        : 'Keep the bucket private and encrypted: the state lists every resource of the store.',
      'use_lockfile needs Terraform 1.10 or later; older versions lock with dynamodb_table.',
    ),
    block(
      'terraform',
      [],
      [
        block(
          'backend',
          ['s3'],
          [
            attr('bucket', str('your-terraform-state-bucket')),
            attr('key', str(`xks-planner/${storeName}/terraform.tfstate`)),
            ...(context.plan.region === undefined
              ? []
              : [attr('region', str(context.plan.region))]),
            attr('encrypt', bool(true)),
            attr('use_lockfile', bool(true)),
          ],
        ),
      ],
    ),
  ];
}
