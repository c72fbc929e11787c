/**
 * The project carries its own copy of the Terraform provider schema subset so it runs without
 * `../shared`; this test proves the copy still matches the original whenever `../shared` is there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terraformProviderSchema } from '../src/domain/aws/terraform-provider-schema';
import { hasShared, sharedPath } from '../src/testing/shared-path';

describe.runIf(hasShared)('derived Terraform provider schema', () => {
  it('is ../shared/terraform/aws-provider-schema-subset.json', () => {
    const original: unknown = JSON.parse(
      readFileSync(sharedPath('terraform/aws-provider-schema-subset.json'), 'utf8'),
    );
    expect(terraformProviderSchema).toEqual(original);
  });
});

describe('Terraform provider schema', () => {
  it('holds the resources an XKS export needs', () => {
    for (const type of [
      'aws_kms_custom_key_store',
      'aws_kms_key',
      'aws_kms_alias',
      'aws_vpc_endpoint_service',
      'aws_cloudwatch_metric_alarm',
    ]) {
      expect(terraformProviderSchema.resource[type], type).toBeDefined();
    }
  });
});
