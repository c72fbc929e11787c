/**
 * Fixed parts of the AWS CLI script: shell functions and checks that only read the script's own
 * variables. They are verbatim shell code and never contain plan data (that enters the script
 * only through the quoted assignments the generator prints).
 */
import { verbatim, type Statement } from '../bash/bash-syntax';
import { secretVariable } from './script-names';

export const header: Statement = verbatim(
  '#!/usr/bin/env bash',
  '# Creates the AWS KMS external key store planned in XKS Planner, step by step, with the AWS CLI.',
  '# Read README.md first. The secret access key of the proxy credential is never stored in this',
  `# file: it is read from the environment variable ${secretVariable} or, when a`,
  '# terminal is attached, asked for without echoing it.',
  'set -euo pipefail',
);

export const timeouts: Statement = verbatim(
  '# How long to wait, in seconds (override them in the environment).',
  'POLL_INTERVAL_SECONDS="${POLL_INTERVAL_SECONDS:-30}"',
  'CONNECT_TIMEOUT_SECONDS="${CONNECT_TIMEOUT_SECONDS:-1800}"',
);

export const verificationTimeout: Statement = verbatim(
  'VERIFICATION_TIMEOUT_SECONDS="${VERIFICATION_TIMEOUT_SECONDS:-3600}"',
);

/** Stops the script with a message on standard error. */
export const failFunction: Statement = verbatim(
  'fail() {',
  '  printf \'Error: %s\\n\' "$*" >&2',
  '  exit 1',
  '}',
);

export const commonFunctions: Statement = verbatim(
  'step() {',
  '  printf \'\\n==> %s\\n\' "$*"',
  '}',
  '',
  'missing=()',
  '# Records a setting above that is still empty.',
  'require_value() {',
  '  [[ -n "${!1:-}" ]] || missing+=("$1: $2")',
  '}',
);

export const reportMissing: Statement = verbatim(
  'if ((${#missing[@]} > 0)); then',
  '  printf \'Error: set these values at the top of %s first:\\n\' "$0" >&2',
  '  printf \'  %s\\n\' "${missing[@]}" >&2',
  '  exit 1',
  'fi',
);

/** AWS CLI v1 would fetch the https:// proxy endpoint as a URL instead of sending it. */
export const cliChecks: Statement = verbatim(
  "command -v aws >/dev/null || fail 'The AWS CLI (aws) is not installed.'",
  'if [[ "$(aws --version 2>&1)" == aws-cli/1.* ]] &&',
  '  [[ "$(aws configure get cli_follow_urlparam || true)" != false ]]; then',
  "  fail 'AWS CLI v1 fetches https:// parameter values as URLs. Run: aws configure set cli_follow_urlparam false'",
  'fi',
  'export AWS_DEFAULT_REGION="$REGION"',
  'if [[ -n "$ACCOUNT_ID" ]]; then',
  '  caller_account="$(aws sts get-caller-identity --query Account --output text)"',
  '  [[ "$caller_account" == "$ACCOUNT_ID" ]] ||',
  '    fail "These credentials are for account $caller_account; the plan creates the key store in account $ACCOUNT_ID."',
  'fi',
);

/** Reads and checks the secret before anything is created, so a typo stops the script early. */
export const readSecret: Statement = verbatim(
  `if [[ -z "\${${secretVariable}:-}" ]]; then`,
  '  if [[ -t 0 ]]; then',
  `    read -rs -p 'Secret access key of the proxy credential (not shown): ' ${secretVariable}`,
  "    printf '\\n'",
  '  else',
  `    fail 'Set ${secretVariable} to the secret access key of the proxy credential.'`,
  '  fi',
  'fi',
  `[[ "$${secretVariable}" =~ ^[A-Za-z0-9/+=]{43,64}$ ]] ||`,
  "  fail 'The secret access key must be 43 to 64 characters: letters, digits, /, + and =.'",
  '[[ "$PROXY_ACCESS_KEY_ID" =~ ^[A-Z2-7]{20,30}$ ]] ||',
  "  fail 'PROXY_ACCESS_KEY_ID must be 20 to 30 characters: A-Z and 2-7.'",
);

/**
 * The credential goes to KMS in a file only this user can read, never on a command line (which
 * other users could see in the process list). Both values were checked above, so they need no
 * JSON escaping.
 */
export const writeCredentialFile: Statement = verbatim(
  'credential_file="$(mktemp)"',
  'trap \'rm -f "$credential_file"\' EXIT',
  'chmod 600 "$credential_file"',
  'printf \'{"XksProxyAuthenticationCredential":{"AccessKeyId":"%s","RawSecretAccessKey":"%s"}}\\n\' \\',
  `  "$PROXY_ACCESS_KEY_ID" "$${secretVariable}" >"$credential_file"`,
);

export const removeCredentialFile: Statement = verbatim('rm -f "$credential_file"');

/** Runs the AWS CLI as the account that owns the VPC endpoint service. */
export const networkAwsFunction: Statement = verbatim(
  'network_aws() {',
  '  if [[ -n "$NETWORK_PROFILE" ]]; then',
  '    aws --profile "$NETWORK_PROFILE" "$@"',
  '  else',
  '    aws "$@"',
  '  fi',
  '}',
);

export const waitForLoadBalancer: Statement = verbatim(
  'network_aws elbv2 wait load-balancer-available --load-balancer-arns="$LOAD_BALANCER_ARN"',
);

/** Shows the TXT record PrivateLink asks for, and creates it when a hosted zone is given. */
const verificationRecordLines: readonly string[] = [
  'txt_record="$(network_aws ec2 describe-vpc-endpoint-service-configurations \\',
  '  --service-ids "$SERVICE_ID" \\',
  "  --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.[Name,Value]' --output text)\"",
  'txt_name="${txt_record%%$\'\\t\'*}"',
  'txt_value="${txt_record#*$\'\\t\'}"',
  '# PrivateLink looks for the record under the parent domain of the private DNS name first.',
  'verification_domain="${VERIFICATION_DOMAIN:-${PRIVATE_DNS_NAME#*.}}"',
  'if [[ -n "$PUBLIC_HOSTED_ZONE_ID" ]]; then',
  '  [[ "$verification_domain" =~ ^[A-Za-z0-9.-]+$ ]] ||',
  "    fail 'VERIFICATION_DOMAIN must be a DNS name.'",
  '  change_batch="$(printf \'{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"%s.%s","Type":"TXT","TTL":300,"ResourceRecords":[{"Value":"\\\\"%s\\\\""}]}}]}\' \\',
  '    "$txt_name" "$verification_domain" "$txt_value")"',
  '  change_id="$(network_aws route53 change-resource-record-sets \\',
  '    --hosted-zone-id="$PUBLIC_HOSTED_ZONE_ID" --change-batch="$change_batch" \\',
  "    --query 'ChangeInfo.Id' --output text)\"",
  '  # PrivateLink can only find the record once Route 53 has it on all its name servers.',
  '  network_aws route53 wait resource-record-sets-changed --id="$change_id"',
  '  printf \'Created the TXT record %s.%s\\n\' "$txt_name" "$verification_domain"',
  'else',
  '  printf \'Create this TXT record in the public DNS zone of %s:\\n\' "$verification_domain"',
  '  printf \'  name:  %s.%s\\n  value: %s\\n\' "$txt_name" "$verification_domain" "$txt_value"',
  '  if [[ -t 0 ]]; then',
  "    read -r -p 'Press Enter once the record exists. ' _",
  '  fi',
  'fi',
];

export const verificationRecord: Statement = verbatim(...verificationRecordLines);

/** An existing endpoint service: the TXT record only while its private DNS name is not verified. */
export const verificationRecordUnlessVerified: Statement = verbatim(
  'verification_state="$(network_aws ec2 describe-vpc-endpoint-service-configurations \\',
  '  --service-ids="$SERVICE_ID" \\',
  "  --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.State' --output text)\"",
  'if [[ "$verification_state" != verified ]]; then',
  ...verificationRecordLines.map((line) => `  ${line}`),
  'fi',
);

export const waitForVerification: Statement = verbatim(
  'verification_attempts=0',
  'deadline=$((SECONDS + VERIFICATION_TIMEOUT_SECONDS))',
  'while true; do',
  '  state="$(network_aws ec2 describe-vpc-endpoint-service-configurations \\',
  '    --service-ids="$SERVICE_ID" \\',
  "    --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.State' --output text)\"",
  '  case "$state" in',
  '    verified) break ;;',
  '    pendingVerification | failed)',
  '      # A failed check is retried once: DNS may have been slow to answer the first time.',
  '      if [[ "$state" == failed ]]; then',
  '        ((verification_attempts < 2)) ||',
  '          fail "Private DNS name verification failed twice. Check that the TXT record $txt_name.$verification_domain holds $txt_value in public DNS, then run this script again."',
  "        printf 'Private DNS name verification failed; starting it once more.\\n'",
  '      fi',
  '      network_aws ec2 start-vpc-endpoint-service-private-dns-verification \\',
  '        --service-id="$SERVICE_ID" >/dev/null',
  '      verification_attempts=$((verification_attempts + 1))',
  '      ;;',
  '  esac',
  '  ((SECONDS < deadline)) ||',
  '    fail "The private DNS name is still $state after $VERIFICATION_TIMEOUT_SECONDS seconds. Check the TXT record, then run this script\'s remaining steps by hand."',
  '  printf \'Private DNS name verification: %s; checking again in %s seconds\\n\' "$state" "$POLL_INTERVAL_SECONDS"',
  '  sleep "$POLL_INTERVAL_SECONDS"',
  'done',
  "printf 'Private DNS name verified.\\n'",
);

/**
 * Prints what a lookup finds, and nothing when it finds nothing ("not found", or None from
 * --query): a step creates its resource only then, so running the script again reuses it.
 */
export const existingFunction: Statement = verbatim(
  'existing() {',
  '  local found',
  '  found="$("$@" 2>/dev/null)" || return 0',
  '  [[ "$found" == None ]] || printf \'%s\\n\' "$found"',
  '}',
);

/** The KMS keys already in the store, by XksKeyId (keys pending deletion are left out). */
export const existingKeys: Statement = verbatim(
  'declare -A existing_keys=()',
  "for key_id in $(aws kms list-keys --query 'Keys[].KeyId' --output text); do",
  '  key_info="$(aws kms describe-key --key-id="$key_id" \\',
  "    --query 'KeyMetadata.[CustomKeyStoreId,XksKeyConfiguration.Id,KeyState]' --output text)\"",
  '  IFS=$\'\\t\' read -r key_store xks_key_id key_state <<<"$key_info"',
  '  if [[ "$key_store" == "$KEY_STORE_ID" && "$key_state" != PendingDeletion ]]; then',
  '    existing_keys[$xks_key_id]="$key_id"',
  '  fi',
  'done',
);

export const connectAndWait: Statement = verbatim(
  '# Connect only a disconnected store: a second run finds it CONNECTED.',
  'state="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \\',
  "  --query='CustomKeyStores[0].ConnectionState' --output=text)\"",
  'if [[ "$state" == DISCONNECTED ]]; then',
  '  aws kms connect-custom-key-store --custom-key-store-id="$KEY_STORE_ID" >/dev/null',
  'fi',
  'deadline=$((SECONDS + CONNECT_TIMEOUT_SECONDS))',
  'while true; do',
  '  state="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \\',
  "    --query='CustomKeyStores[0].ConnectionState' --output=text)\"",
  '  case "$state" in',
  '    CONNECTED) break ;;',
  '    FAILED)',
  '      error_code="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \\',
  "        --query='CustomKeyStores[0].ConnectionErrorCode' --output=text)\"",
  '      fail "The key store $KEY_STORE_ID failed to connect: ConnectionErrorCode $error_code. See https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html, fix the cause, run aws kms disconnect-custom-key-store --custom-key-store-id=$KEY_STORE_ID and connect again." ;;',
  '  esac',
  '  ((SECONDS < deadline)) ||',
  '    fail "The key store $KEY_STORE_ID is still $state after $CONNECT_TIMEOUT_SECONDS seconds."',
  '  printf \'Connection state: %s; checking again in %s seconds\\n\' "$state" "$POLL_INTERVAL_SECONDS"',
  '  sleep "$POLL_INTERVAL_SECONDS"',
  'done',
  'printf \'Key store %s is connected.\\n\' "$KEY_STORE_ID"',
);
