import { kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

/** UTF-8 bytes of a string: how the hashicorp/aws provider (Go's len) measures it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const point = character.codePointAt(0)!;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const maximum = kmsStringShapes.DescriptionType.max;

/*
 * The KMS API counts a description's characters, but the Terraform export's consumer counts
 * bytes: hashicorp/aws validates `description` of aws_kms_key with StringLenBetween(0, 8192) on
 * the Go string, so 8,192 characters of non-ASCII text fail `terraform validate` (checked with
 * Terraform 1.11 and hashicorp/aws 5.100.0). KMS itself accepts them: a warning, not an error.
 */
export default defineRule<Plan, 'description-bytes'>({
  id: 'planned-key-description-bytes',
  target: 'plan',
  severity: 'warning',
  title: 'Each key’s description fits the Terraform provider, which counts bytes',
  description: `KMS accepts a key description of up to ${maximum} characters, but the hashicorp/aws Terraform provider counts UTF-8 bytes against the same ${maximum}: a description with letters outside ASCII can pass KMS and still fail terraform validate of the Terraform export.`,
  messages: {
    'description-bytes': {
      message: `The description of key {{keyNumber}} is {{bytes}} bytes of UTF-8 ({{characters}} characters); the Terraform provider allows at most ${maximum} bytes, so terraform validate of the Terraform export fails.`,
      fix: `Shorten the description to at most ${maximum} bytes of UTF-8 (each letter outside ASCII takes 2 to 4), or create the key with the AWS CLI or CDK export.`,
    },
  },
  reads: ['/keys/*/Description'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateKey.html'),
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key',
  ],
  facts: [],
  check(plan, { report }) {
    (plan.keys ?? []).forEach((key, index) => {
      const description = key.Description;
      if (description === undefined || description.length > maximum) return;
      // Each UTF-16 unit takes at most 3 bytes (a surrogate pair's two take 4): no need to count.
      if (description.length * 3 <= maximum) return;
      const bytes = utf8Bytes(description);
      if (bytes <= maximum) return;
      report({
        messageId: 'description-bytes',
        path: ['keys', index, 'Description'],
        data: { keyNumber: index + 1, bytes, characters: description.length },
      });
    });
  },
});
