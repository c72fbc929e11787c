output "region" {
  description = "AWS Region of the key store."
  value       = var.region
}

output "custom_key_store_id" {
  description = "ID of the external key store (cks-...)."
  value       = local.custom_key_store_id
}

output "custom_key_store_name" {
  description = "Name of the key store."
  value       = "finance-xks"
}

output "xks_proxy_uri_endpoint" {
  description = "XksProxyUriEndpoint of the key store."
  value       = var.xks_proxy_uri_endpoint
}

output "xks_proxy_uri_path" {
  description = "XksProxyUriPath of the key store."
  value       = var.xks_proxy_uri_path
}

output "xks_proxy_access_key_id" {
  description = "Access key ID of the proxy credential (not secret)."
  value       = var.xks_proxy_access_key_id
}

output "kms_key_arns" {
  description = "ARNs of the KMS keys (null until key_store_connected is true)."
  value = {
    finance_ledger  = try(aws_kms_key.finance_ledger[0].arn, null)
    finance_reports = try(aws_kms_key.finance_reports[0].arn, null)
  }
}

output "alarm_topic_arn" {
  description = "SNS topic of the key store alarms: subscribe the people on call."
  value       = aws_sns_topic.xks_alarms.arn
}
