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

variable "subnet_ids" {
  description = "Private subnets of the network load balancer, in at least two Availability Zones."
  type        = list(string)
}

variable "vpc_id" {
  description = "VPC of the network load balancer and its target group."
  type        = string
}

variable "proxy_target_ip_addresses" {
  description = "Private IPv4 addresses of the XKS proxy instances."
  type        = list(string)
}

variable "private_dns_name" {
  description = "Private DNS name of the endpoint service, e.g. myproxy-private.xks.example.com: the host name of the proxy URI endpoint."
  type        = string
}

variable "verification_domain" {
  description = "Public Route 53 hosted zone (a parent domain of the private DNS name) that holds the TXT verification record."
  type        = string
}

variable "alarm_topic_name" {
  description = "Name of the SNS topic that receives the key store alarms."
  type        = string
}
