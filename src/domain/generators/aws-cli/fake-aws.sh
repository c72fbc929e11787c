#!/usr/bin/env bash
# Test double of the AWS CLI for generate-aws-cli.test.ts: records every call (argument count,
# then each argument, all NUL-terminated, so any argument text survives), copies the
# --cli-input-json file it is given, and answers the --query the script asks with a plausible value.
set -euo pipefail
# The script writes --option=value; record and read it as the two words --option value.
args=()
for arg in "$@"; do
  if [[ "$arg" == --*=* ]]; then args+=("${arg%%=*}" "${arg#*=}"); else args+=("$arg"); fi
done
set -- "${args[@]}"
printf '%s\0' "$#" "$@" >>"$FAKE_AWS_LOG"
[[ "${1:-}" == --version ]] && { echo 'aws-cli/2.15.0 Python/3.11.6'; exit 0; }
[[ "${1:-}" == --profile ]] && shift 2
query=''
for ((i = 1; i <= $#; i++)); do
  j=$((i + 1))
  case "${!i}" in
    --query) query="${!j}" ;;
    --cli-input-json) input="${!j}"; cat "${input#file://}" >>"$FAKE_AWS_INPUT_LOG" ;;
  esac
done
# Whether the script already made a call (the log holds every argument, NUL-terminated).
called() { grep -qa -- "$1" "$FAKE_AWS_LOG"; }
case "$1 $2" in
  'sts get-caller-identity') echo "$FAKE_ACCOUNT_ID" ;;
  # Lookups find nothing: this account has none of the resources yet.
  'elbv2 describe-target-groups' | 'elbv2 describe-load-balancers' | 'kms describe-key') exit 254 ;;
  'elbv2 describe-listeners') echo 'None' ;;
  'kms list-keys') echo '' ;;
  'route53 change-resource-record-sets') echo '/change/C0123' ;;
  'sns create-topic') echo 'arn:aws:sns:xx-test-1:111122223333:xks-alarms' ;;
  'elbv2 create-target-group') echo 'arn:aws:elasticloadbalancing:xx-test-1:111122223333:targetgroup/tg/0123' ;;
  'elbv2 create-load-balancer') echo 'arn:aws:elasticloadbalancing:xx-test-1:111122223333:loadbalancer/net/nlb/0123' ;;
  'ec2 create-vpc-endpoint-service-configuration') echo 'vpce-svc-0123456789abcdef0' ;;
  'ec2 describe-vpc-endpoint-service-configurations')
    case "$query" in
      *ServiceName) echo 'com.amazonaws.vpce.xx-test-1.vpce-svc-0123456789abcdef0' ;;
      *'[Name,Value]') printf '_verify123\tvpce:abcdefghij\n' ;;
      *State) if called start-vpc-endpoint-service-private-dns-verification; then echo "$FAKE_DNS_STATE"; else echo pendingVerification; fi ;;
      *ServiceId) echo 'None' ;;
    esac ;;
  'kms create-custom-key-store') echo 'cks-1234567890abcdef0' ;;
  'kms describe-custom-key-stores')
    [[ "$*" == *--custom-key-store-name* ]] && exit 254
    case "$query" in
      *ConnectionState) if called connect-custom-key-store; then echo "$FAKE_CONNECTION_STATE"; else echo DISCONNECTED; fi ;;
      *ConnectionErrorCode) echo 'XKS_PROXY_TIMED_OUT' ;;
    esac ;;
  'kms create-key') echo "key-$RANDOM" ;;
esac
