#!/usr/bin/env bash
# Creates the AWS KMS external key store planned in XKS Planner, step by step, with the AWS CLI.
# Read README.md first. The secret access key of the proxy credential is never stored in this
# file: it is read from the environment variable XKS_PROXY_SECRET_ACCESS_KEY or, when a
# terminal is attached, asked for without echoing it.
set -euo pipefail

# Values from the plan.
# AWS Region of the key store.
REGION=eu-central-1
# Account that owns the key store; when set, the script checks its credentials are for it.
ACCOUNT_ID=''
# Name of the external key store (CustomKeyStoreName).
KEY_STORE_NAME=customer-data-xks
# https:// and the private DNS name of the endpoint service (XksProxyUriEndpoint).
PROXY_URI_ENDPOINT=https://myproxy-private.xks.example.com
# Base path of the proxy API, ending in /kms/xks/v1 (XksProxyUriPath).
PROXY_URI_PATH=/kms/xks/v1
# Access key ID of the proxy credential (not secret; the secret is asked for).
PROXY_ACCESS_KEY_ID=Q7KD2M4WNZ5XBT3RHA6YLPCE
# AWS CLI profile for the network steps; empty means the same credentials as the rest. Or set NETWORK_PROFILE in the environment.
NETWORK_PROFILE="${NETWORK_PROFILE:-}"
# ID of the existing VPC endpoint service the plan names (vpce-svc-...).
SERVICE_ID=vpce-svc-0a1b2c3d4e5f60718
# Private DNS name of the VPC endpoint service.
PRIVATE_DNS_NAME=myproxy-private.xks.example.com
# Public domain that holds the TXT record proving the private DNS name is yours; empty means its parent domain.
VERIFICATION_DOMAIN=''
# Route 53 public hosted zone of that domain, to create the TXT record; empty means you create it yourself. Or set PUBLIC_HOSTED_ZONE_ID in the environment.
PUBLIC_HOSTED_ZONE_ID="${PUBLIC_HOSTED_ZONE_ID:-}"
# Subject common name of the proxy TLS certificate (the CertificateName dimension of its alarm).
PROXY_CERTIFICATE_NAME='*.xks.example.com'

# How long to wait, in seconds (override them in the environment).
POLL_INTERVAL_SECONDS="${POLL_INTERVAL_SECONDS:-30}"
CONNECT_TIMEOUT_SECONDS="${CONNECT_TIMEOUT_SECONDS:-1800}"
VERIFICATION_TIMEOUT_SECONDS="${VERIFICATION_TIMEOUT_SECONDS:-3600}"

fail() {
  printf 'Error: %s\n' "$*" >&2
  exit 1
}

step() {
  printf '\n==> %s\n' "$*"
}

missing=()
# Records a setting above that is still empty.
require_value() {
  [[ -n "${!1:-}" ]] || missing+=("$1: $2")
}

existing() {
  local found
  found="$("$@" 2>/dev/null)" || return 0
  [[ "$found" == None ]] || printf '%s\n' "$found"
}

require_value REGION 'AWS Region of the key store.'
require_value KEY_STORE_NAME 'Name of the external key store (CustomKeyStoreName).'
require_value PROXY_URI_ENDPOINT 'https:// and the private DNS name of the endpoint service (XksProxyUriEndpoint).'
require_value PROXY_URI_PATH 'Base path of the proxy API, ending in /kms/xks/v1 (XksProxyUriPath).'
require_value PROXY_ACCESS_KEY_ID 'Access key ID of the proxy credential (not secret; the secret is asked for).'
require_value SERVICE_ID 'ID of the existing VPC endpoint service the plan names (vpce-svc-...).'
require_value PRIVATE_DNS_NAME 'Private DNS name of the VPC endpoint service.'
require_value PROXY_CERTIFICATE_NAME 'Subject common name of the proxy TLS certificate (the CertificateName dimension of its alarm).'
if ((${#missing[@]} > 0)); then
  printf 'Error: set these values at the top of %s first:\n' "$0" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi

command -v aws >/dev/null || fail 'The AWS CLI (aws) is not installed.'
if [[ "$(aws --version 2>&1)" == aws-cli/1.* ]] &&
  [[ "$(aws configure get cli_follow_urlparam || true)" != false ]]; then
  fail 'AWS CLI v1 fetches https:// parameter values as URLs. Run: aws configure set cli_follow_urlparam false'
fi
export AWS_DEFAULT_REGION="$REGION"
if [[ -n "$ACCOUNT_ID" ]]; then
  caller_account="$(aws sts get-caller-identity --query Account --output text)"
  [[ "$caller_account" == "$ACCOUNT_ID" ]] ||
    fail "These credentials are for account $caller_account; the plan creates the key store in account $ACCOUNT_ID."
fi
if [[ -z "${XKS_PROXY_SECRET_ACCESS_KEY:-}" ]]; then
  if [[ -t 0 ]]; then
    read -rs -p 'Secret access key of the proxy credential (not shown): ' XKS_PROXY_SECRET_ACCESS_KEY
    printf '\n'
  else
    fail 'Set XKS_PROXY_SECRET_ACCESS_KEY to the secret access key of the proxy credential.'
  fi
fi
[[ "$XKS_PROXY_SECRET_ACCESS_KEY" =~ ^[A-Za-z0-9/+=]{43,64}$ ]] ||
  fail 'The secret access key must be 43 to 64 characters: letters, digits, /, + and =.'
[[ "$PROXY_ACCESS_KEY_ID" =~ ^[A-Z2-7]{20,30}$ ]] ||
  fail 'PROXY_ACCESS_KEY_ID must be 20 to 30 characters: A-Z and 2-7.'

network_aws() {
  if [[ -n "$NETWORK_PROFILE" ]]; then
    aws --profile "$NETWORK_PROFILE" "$@"
  else
    aws "$@"
  fi
}

step 'Using the existing VPC endpoint service the plan names'
SERVICE_NAME="$(network_aws ec2 describe-vpc-endpoint-service-configurations \
  --service-ids="${SERVICE_ID}" \
  --query 'ServiceConfigurations[0].ServiceName' --output text)"
printf 'Endpoint service %s (%s)\n' "${SERVICE_ID}" "${SERVICE_NAME}"

step 'Checking that its private DNS name is verified'
verification_state="$(network_aws ec2 describe-vpc-endpoint-service-configurations \
  --service-ids="$SERVICE_ID" \
  --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.State' --output text)"
if [[ "$verification_state" != verified ]]; then
  txt_record="$(network_aws ec2 describe-vpc-endpoint-service-configurations \
    --service-ids "$SERVICE_ID" \
    --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.[Name,Value]' --output text)"
  txt_name="${txt_record%%$'\t'*}"
  txt_value="${txt_record#*$'\t'}"
  # PrivateLink looks for the record under the parent domain of the private DNS name first.
  verification_domain="${VERIFICATION_DOMAIN:-${PRIVATE_DNS_NAME#*.}}"
  if [[ -n "$PUBLIC_HOSTED_ZONE_ID" ]]; then
    [[ "$verification_domain" =~ ^[A-Za-z0-9.-]+$ ]] ||
      fail 'VERIFICATION_DOMAIN must be a DNS name.'
    change_batch="$(printf '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"%s.%s","Type":"TXT","TTL":300,"ResourceRecords":[{"Value":"\\"%s\\""}]}}]}' \
      "$txt_name" "$verification_domain" "$txt_value")"
    change_id="$(network_aws route53 change-resource-record-sets \
      --hosted-zone-id="$PUBLIC_HOSTED_ZONE_ID" --change-batch="$change_batch" \
      --query 'ChangeInfo.Id' --output text)"
    # PrivateLink can only find the record once Route 53 has it on all its name servers.
    network_aws route53 wait resource-record-sets-changed --id="$change_id"
    printf 'Created the TXT record %s.%s\n' "$txt_name" "$verification_domain"
  else
    printf 'Create this TXT record in the public DNS zone of %s:\n' "$verification_domain"
    printf '  name:  %s.%s\n  value: %s\n' "$txt_name" "$verification_domain" "$txt_value"
    if [[ -t 0 ]]; then
      read -r -p 'Press Enter once the record exists. ' _
    fi
  fi
fi
verification_attempts=0
deadline=$((SECONDS + VERIFICATION_TIMEOUT_SECONDS))
while true; do
  state="$(network_aws ec2 describe-vpc-endpoint-service-configurations \
    --service-ids="$SERVICE_ID" \
    --query 'ServiceConfigurations[0].PrivateDnsNameConfiguration.State' --output text)"
  case "$state" in
    verified) break ;;
    pendingVerification | failed)
      # A failed check is retried once: DNS may have been slow to answer the first time.
      if [[ "$state" == failed ]]; then
        ((verification_attempts < 2)) ||
          fail "Private DNS name verification failed twice. Check that the TXT record $txt_name.$verification_domain holds $txt_value in public DNS, then run this script again."
        printf 'Private DNS name verification failed; starting it once more.\n'
      fi
      network_aws ec2 start-vpc-endpoint-service-private-dns-verification \
        --service-id="$SERVICE_ID" >/dev/null
      verification_attempts=$((verification_attempts + 1))
      ;;
  esac
  ((SECONDS < deadline)) ||
    fail "The private DNS name is still $state after $VERIFICATION_TIMEOUT_SECONDS seconds. Check the TXT record, then run this script's remaining steps by hand."
  printf 'Private DNS name verification: %s; checking again in %s seconds\n' "$state" "$POLL_INTERVAL_SECONDS"
  sleep "$POLL_INTERVAL_SECONDS"
done
printf 'Private DNS name verified.\n'

step 'Creating the external key store (or reusing the one with its name)'
KEY_STORE_ID="$(existing aws kms describe-custom-key-stores \
  --custom-key-store-name="${KEY_STORE_NAME}" \
  --query 'CustomKeyStores[0].CustomKeyStoreId' --output text)"
if [[ -z "${KEY_STORE_ID}" ]]; then
  credential_file="$(mktemp)"
  trap 'rm -f "$credential_file"' EXIT
  chmod 600 "$credential_file"
  printf '{"XksProxyAuthenticationCredential":{"AccessKeyId":"%s","RawSecretAccessKey":"%s"}}\n' \
    "$PROXY_ACCESS_KEY_ID" "$XKS_PROXY_SECRET_ACCESS_KEY" >"$credential_file"
  KEY_STORE_ID="$(aws kms create-custom-key-store \
    --custom-key-store-name="${KEY_STORE_NAME}" \
    --custom-key-store-type=EXTERNAL_KEY_STORE \
    --xks-proxy-connectivity=VPC_ENDPOINT_SERVICE \
    --xks-proxy-uri-endpoint="${PROXY_URI_ENDPOINT}" \
    --xks-proxy-uri-path="${PROXY_URI_PATH}" \
    --xks-proxy-vpc-endpoint-service-name="${SERVICE_NAME}" \
    --cli-input-json=file://"${credential_file}" \
    --query CustomKeyStoreId --output text)"
  rm -f "$credential_file"
fi
printf 'Key store %s\n' "${KEY_STORE_ID}"

step 'Connecting the key store (this takes a few minutes)'
# Connect only a disconnected store: a second run finds it CONNECTED.
state="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \
  --query='CustomKeyStores[0].ConnectionState' --output=text)"
if [[ "$state" == DISCONNECTED ]]; then
  aws kms connect-custom-key-store --custom-key-store-id="$KEY_STORE_ID" >/dev/null
fi
deadline=$((SECONDS + CONNECT_TIMEOUT_SECONDS))
while true; do
  state="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \
    --query='CustomKeyStores[0].ConnectionState' --output=text)"
  case "$state" in
    CONNECTED) break ;;
    FAILED)
      error_code="$(aws kms describe-custom-key-stores --custom-key-store-id="$KEY_STORE_ID" \
        --query='CustomKeyStores[0].ConnectionErrorCode' --output=text)"
      fail "The key store $KEY_STORE_ID failed to connect: ConnectionErrorCode $error_code. See https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html, fix the cause, run aws kms disconnect-custom-key-store --custom-key-store-id=$KEY_STORE_ID and connect again." ;;
  esac
  ((SECONDS < deadline)) ||
    fail "The key store $KEY_STORE_ID is still $state after $CONNECT_TIMEOUT_SECONDS seconds."
  printf 'Connection state: %s; checking again in %s seconds\n' "$state" "$POLL_INTERVAL_SECONDS"
  sleep "$POLL_INTERVAL_SECONDS"
done
printf 'Key store %s is connected.\n' "$KEY_STORE_ID"

step 'Creating the alarm topic and the CloudWatch alarms'
ALARM_TOPIC_ARN="$(aws sns create-topic \
  --name=xks-alarms \
  --attributes=KmsMasterKeyId=alias/aws/sns \
  --query TopicArn --output text)"
aws cloudwatch put-metric-alarm \
  --alarm-name="${KEY_STORE_ID}"-certificate-days-to-expire \
  --alarm-description='The XKS proxy TLS certificate expires soon: renew it before KMS loses the proxy.' \
  --comparison-operator=LessThanThreshold \
  --threshold=10 \
  --evaluation-periods=1 \
  --alarm-actions="${ALARM_TOPIC_ARN}" \
  --ok-actions="${ALARM_TOPIC_ARN}" \
  --namespace=AWS/KMS \
  --metric-name=XksProxyCertificateDaysToExpire \
  --statistic=Minimum \
  --period=300 \
  --dimensions Name=CustomKeyStoreId,Value="${KEY_STORE_ID}" Name=CertificateName,Value="${PROXY_CERTIFICATE_NAME}"
aws cloudwatch put-metric-alarm \
  --alarm-name="${KEY_STORE_ID}"-proxy-latency \
  --alarm-description='The XKS proxy answers slowly: KMS gives up after 250 ms.' \
  --comparison-operator=GreaterThanThreshold \
  --threshold=200 \
  --evaluation-periods=1 \
  --alarm-actions="${ALARM_TOPIC_ARN}" \
  --ok-actions="${ALARM_TOPIC_ARN}" \
  --metrics='[{"Id":"q1","Expression":"SELECT AVG(XksProxyLatency) FROM \"AWS/KMS\" WHERE CustomKeyStoreId = '\'''"${KEY_STORE_ID}"''\''","Period":300,"ReturnData":true}]'
aws cloudwatch put-metric-alarm \
  --alarm-name="${KEY_STORE_ID}"-retryable-proxy-errors \
  --alarm-description='Retryable XKS proxy errors: timeouts, throttling or an unreachable proxy.' \
  --comparison-operator=GreaterThanThreshold \
  --threshold=5 \
  --evaluation-periods=1 \
  --treat-missing-data=notBreaching \
  --alarm-actions="${ALARM_TOPIC_ARN}" \
  --ok-actions="${ALARM_TOPIC_ARN}" \
  --metrics='[{"Id":"q1","Expression":"SELECT SUM(XksProxyErrors) FROM \"AWS/KMS\" WHERE CustomKeyStoreId = '\'''"${KEY_STORE_ID}"''\'' AND ErrorType = '\''Retryable'\''","Period":60,"ReturnData":true}]'
aws cloudwatch put-metric-alarm \
  --alarm-name="${KEY_STORE_ID}"-non-retryable-proxy-errors \
  --alarm-description='Non-retryable XKS proxy errors: authentication, path or key configuration.' \
  --comparison-operator=GreaterThanThreshold \
  --threshold=5 \
  --evaluation-periods=1 \
  --treat-missing-data=notBreaching \
  --alarm-actions="${ALARM_TOPIC_ARN}" \
  --ok-actions="${ALARM_TOPIC_ARN}" \
  --metrics='[{"Id":"q1","Expression":"SELECT SUM(XksProxyErrors) FROM \"AWS/KMS\" WHERE CustomKeyStoreId = '\'''"${KEY_STORE_ID}"''\'' AND ErrorType = '\''Non-retryable'\''","Period":60,"ReturnData":true}]'

step Done
