variable "region" {
  description = "AWS Region of the external key store."
  type        = string
  default     = "eu-central-1"
}

variable "xks_proxy_access_key_id" {
  description = "Access key ID of the proxy authentication credential (not secret)."
  type        = string
  default     = "Q7KD2M4WNZ5XBT3RHA6YLPCE"
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

variable "alarm_topic_name" {
  description = "Name of the SNS topic that receives the key store alarms."
  type        = string
}
