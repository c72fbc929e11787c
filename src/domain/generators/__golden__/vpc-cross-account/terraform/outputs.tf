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
  value       = "workload-xks"
}

output "xks_proxy_uri_endpoint" {
  description = "XksProxyUriEndpoint of the key store."
  value       = "https://${var.private_dns_name}"
}

output "xks_proxy_uri_path" {
  description = "XksProxyUriPath of the key store."
  value       = var.xks_proxy_uri_path
}

output "xks_proxy_access_key_id" {
  description = "Access key ID of the proxy credential (not secret)."
  value       = var.xks_proxy_access_key_id
}

output "vpc_endpoint_service_id" {
  description = "ID of the VPC endpoint service."
  value       = var.vpc_endpoint_service_id
}

output "vpc_endpoint_service_name" {
  description = "XksProxyVpcEndpointServiceName of the key store."
  value       = var.vpc_endpoint_service_name
}

output "vpc_endpoint_service_owner" {
  description = "XksProxyVpcEndpointServiceOwner: the account that owns the endpoint service."
  value       = var.vpc_endpoint_service_owner
}

output "kms_key_arns" {
  description = "ARNs of the KMS keys (null until key_store_connected is true)."
  value = {
    workload_app_data = try(aws_kms_key.workload_app_data[0].arn, null)
  }
}

output "alarm_topic_arn" {
  description = "SNS topic of the key store alarms: subscribe the people on call."
  value       = aws_sns_topic.xks_alarms.arn
}
