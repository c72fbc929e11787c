#!/usr/bin/env bash
# Connects the external key store and waits until it is CONNECTED. Terraform runs it when
# connect_key_store = true, with REGION and KEY_STORE_ID in the environment; run it by hand
# the same way: REGION=... KEY_STORE_ID=cks-... bash connect-key-store.sh
set -euo pipefail

fail() {
  printf 'Error: %s\n' "$*" >&2
  exit 1
}

: "${REGION:?Set REGION to the Region of the key store.}"
: "${KEY_STORE_ID:?Set KEY_STORE_ID to the ID of the key store (cks-...).}"
command -v aws >/dev/null || fail 'The AWS CLI (aws) is not installed.'
export AWS_DEFAULT_REGION="$REGION"

# How long to wait, in seconds (override them in the environment).
POLL_INTERVAL_SECONDS="${POLL_INTERVAL_SECONDS:-30}"
CONNECT_TIMEOUT_SECONDS="${CONNECT_TIMEOUT_SECONDS:-1800}"

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
