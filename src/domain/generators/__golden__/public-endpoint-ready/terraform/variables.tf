variable "region" {
  description = "AWS Region of the external key store."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2,4}(-[a-z]+)+-[0-9]+$", var.region))
    error_message = "region must be an AWS Region code such as eu-west-1 (matching ^[a-z]{2,4}(-[a-z]+)+-[0-9]+$)."
  }
}

variable "xks_proxy_access_key_id" {
  description = "Access key ID of the proxy authentication credential (not secret)."
  type        = string

  validation {
    condition     = can(regex("^[A-Z2-7]+$", var.xks_proxy_access_key_id)) && ((length(var.xks_proxy_access_key_id) >= 20) && (length(var.xks_proxy_access_key_id) <= 30))
    error_message = "xks_proxy_access_key_id must be 20 to 30 characters matching ^[A-Z2-7]+$ (XksProxyAuthenticationAccessKeyIdType of the AWS KMS API)."
  }
}

variable "xks_proxy_secret_access_key" {
  description = "Secret access key of the proxy authentication credential. Pass it as the environment variable TF_VAR_xks_proxy_secret_access_key; never write it into a .tfvars file."
  type        = string
  sensitive   = true

  validation {
    condition     = can(regex("^[A-Za-z0-9/+=]{43,64}$", var.xks_proxy_secret_access_key))
    error_message = "The secret access key is 43 to 64 characters of A-Z, a-z, 0-9, /, + and =."
  }
}

variable "key_store_connected" {
  description = "Set to true after the key store is CONNECTED (see README.md): KMS can create keys in an external key store only while it is connected."
  type        = bool
  default     = false
}

variable "connect_key_store" {
  description = "Set to true to let Terraform connect the key store after creating it and create the KMS keys in the same apply (connect-key-store.sh; it needs the AWS CLI and credentials allowed kms:ConnectCustomKeyStore and kms:DescribeCustomKeyStores)."
  type        = bool
  default     = false
}

variable "xks_proxy_uri_endpoint" {
  description = "https:// and the public host name of the proxy, without port or path."
  type        = string

  validation {
    condition     = can(regex("^https://[a-zA-Z0-9.-]+$", var.xks_proxy_uri_endpoint)) && ((length(var.xks_proxy_uri_endpoint) >= 10) && (length(var.xks_proxy_uri_endpoint) <= 128))
    error_message = "xks_proxy_uri_endpoint must be 10 to 128 characters matching ^https://[a-zA-Z0-9.-]+$ (XksProxyUriEndpointType of the AWS KMS API)."
  }
}

variable "xks_proxy_uri_path" {
  description = "Base path of the proxy API: an optional prefix followed by /kms/xks/v1."
  type        = string

  validation {
    condition     = can(regex("^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$", var.xks_proxy_uri_path)) && ((length(var.xks_proxy_uri_path) >= 10) && (length(var.xks_proxy_uri_path) <= 128))
    error_message = "xks_proxy_uri_path must be 10 to 128 characters matching ^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$ (XksProxyUriPathType of the AWS KMS API)."
  }
}

variable "finance_ledger_xks_key_id" {
  description = "ID of the external key behind KMS key 1 in the external key manager."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9-_.]+$", var.finance_ledger_xks_key_id)) && ((length(var.finance_ledger_xks_key_id) >= 1) && (length(var.finance_ledger_xks_key_id) <= 128))
    error_message = "finance_ledger_xks_key_id must be 1 to 128 characters matching ^[a-zA-Z0-9-_.]+$ (XksKeyIdType of the AWS KMS API)."
  }
}

variable "finance_reports_xks_key_id" {
  description = "ID of the external key behind KMS key 2 in the external key manager."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9-_.]+$", var.finance_reports_xks_key_id)) && ((length(var.finance_reports_xks_key_id) >= 1) && (length(var.finance_reports_xks_key_id) <= 128))
    error_message = "finance_reports_xks_key_id must be 1 to 128 characters matching ^[a-zA-Z0-9-_.]+$ (XksKeyIdType of the AWS KMS API)."
  }
}

variable "proxy_certificate_name" {
  description = "Subject common name of the proxy TLS certificate (the CertificateName dimension of XksProxyCertificateDaysToExpire)."
  type        = string
}
