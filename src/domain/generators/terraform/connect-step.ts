/**
 * The optional automated connect step (off by default): with `connect_key_store = true`, after
 * the key store and everything KMS reaches it through exist, Terraform runs
 * connect-key-store.sh, which calls `aws kms connect-custom-key-store` and waits until
 * `describe-custom-key-stores` says CONNECTED, or fails naming the ConnectionErrorCode. The
 * script gets the Region and store ID from the environment, never as plan text.
 */
import { printBash } from '../bash/print-bash';
import { blank, verbatim } from '../bash/bash-syntax';
import { connectAndWait, failFunction, timeouts } from '../aws-cli/script-helpers';
import {
  attr,
  binary,
  block,
  comment,
  conditional,
  list,
  num,
  object,
  ref,
  template,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';
import { names, type TerraformContext } from './context';

export const connectScriptName = 'connect-key-store.sh';

export function connectScript(): string {
  return printBash({
    statements: [
      verbatim(
        '#!/usr/bin/env bash',
        '# Connects the external key store and waits until it is CONNECTED. Terraform runs it when',
        '# connect_key_store = true, with REGION and KEY_STORE_ID in the environment; run it by hand',
        '# the same way: REGION=... KEY_STORE_ID=cks-... bash connect-key-store.sh',
        'set -euo pipefail',
      ),
      blank,
      failFunction,
      blank,
      verbatim(
        ': "${REGION:?Set REGION to the Region of the key store.}"',
        ': "${KEY_STORE_ID:?Set KEY_STORE_ID to the ID of the key store (cks-...).}"',
        "command -v aws >/dev/null || fail 'The AWS CLI (aws) is not installed.'",
        'export AWS_DEFAULT_REGION="$REGION"',
      ),
      blank,
      timeouts,
      blank,
      connectAndWait,
    ],
  });
}

/** What KMS reaches the proxy through: connecting fails until all of it exists. */
function networkReady(context: TerraformContext): Expression[] {
  if (context.connectivity !== 'VPC_ENDPOINT_SERVICE' || context.existingService !== undefined) {
    return [];
  }
  return [
    ref('aws_lb_listener', names.network),
    ref('aws_lb_target_group_attachment', 'proxy'),
    ref('aws_vpc_endpoint_service_allowed_principal', names.kmsPrincipal),
    ref('aws_vpc_endpoint_service_private_dns_verification', names.network),
  ];
}

export function connectItems(context: TerraformContext): BodyItem[] {
  const enabled = ref('var', 'connect_key_store');
  // Cross-account, the store exists only once custom_key_store_id is set.
  const condition =
    context.storeCount === undefined
      ? enabled
      : binary(binary(ref('var', 'custom_key_store_id'), '!=', { kind: 'null' }), '&&', enabled);
  const dependencies = networkReady(context);
  return [
    comment(
      'Optional (connect_key_store = true): connect the store and wait until it is CONNECTED.',
      'It runs again only when the store is replaced.',
    ),
    block(
      'resource',
      ['terraform_data', names.connect],
      [
        attr('count', conditional(condition, num(1), num(0))),
        attr('triggers_replace', list([context.customKeyStoreId])),
        block(
          'provisioner',
          ['local-exec'],
          [
            attr('command', template('bash "', ref('path', 'module'), `/${connectScriptName}"`)),
            attr(
              'environment',
              object([
                ['REGION', ref('var', 'region')],
                ['KEY_STORE_ID', context.customKeyStoreId],
              ]),
            ),
          ],
        ),
        ...(dependencies.length === 0 ? [] : [attr('depends_on', list(dependencies))]),
      ],
    ),
  ];
}
