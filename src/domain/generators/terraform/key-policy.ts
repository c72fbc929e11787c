/**
 * Key policies written out rather than left to KMS's default, so a reviewer sees who may use
 * each key. Every policy starts with the default's statement: the account (its IAM policies)
 * administers the key, which keeps it manageable.
 */
import {
  attr,
  block,
  call,
  comment,
  list,
  object,
  ref,
  str,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';

/** Who the policies name, and `local.key_policy` (the planned keys') when there are keys. */
export function keyPolicyItems(withKeys: boolean): BodyItem[] {
  return [
    block('data', ['aws_caller_identity', 'current'], []),
    ...(withKeys
      ? [
          block(
            'locals',
            [],
            [
              comment(
                "KMS's default key policy, written out: grant more here or with IAM policies.",
              ),
              attr('key_policy', call('jsonencode', keyPolicy())),
            ],
          ),
        ]
      : []),
  ];
}

type Entries = readonly (readonly [string, Expression])[];

const statement = (entries: Entries) =>
  object([['Effect', str('Allow')], ...entries, ['Resource', str('*')]]);

/** `jsonencode(...)`'s argument: the account's statement, then the given ones. */
export function keyPolicy(...statements: Entries[]): Expression {
  return object([
    ['Version', str('2012-10-17')],
    [
      'Statement',
      list([
        statement([
          ['Sid', str('AccountAdministersTheKey')],
          // The account ID alone names the account (its root) in any partition.
          [
            'Principal',
            object([['AWS', ref('data', 'aws_caller_identity', 'current', 'account_id')]]),
          ],
          ['Action', str('kms:*')],
        ]),
        ...statements.map(statement),
      ]),
    ],
  ]);
}
