variable "region" {
  description = "AWS Region of the external key store."
  type        = string
  default     = "ap-southeast-2"
}

variable "xks_proxy_access_key_id" {
  description = "Access key ID of the proxy authentication credential (not secret)."
  type        = string
  default     = "MZ4TQ7XW2LKD5NB6RHC3VJPE"
}

variable "key_store_connected" {
  description = "Set to true after the key store is CONNECTED (see README.md): KMS can create keys in an external key store only while it is connected."
  type        = bool
  default     = false
}

variable "custom_key_store_id" {
  description = "ID (cks-...) of the key store created with the AWS CLI (see README.md): the provider cannot create a store whose VPC endpoint service is in another account."
  type        = string
  default     = null
}
