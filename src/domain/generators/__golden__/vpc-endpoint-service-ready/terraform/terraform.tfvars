# Values stated in the plan (XKS Planner). The proxy secret access key is never written
# here: pass it as TF_VAR_xks_proxy_secret_access_key.
region                      = "eu-central-1"
xks_proxy_access_key_id     = "Q7KD2M4WNZ5XBT3RHA6YLPCE"
vpc_endpoint_service_name   = "com.amazonaws.vpce.eu-central-1.vpce-svc-0a1b2c3d4e5f60718"
xks_proxy_uri_path          = "/kms/xks/v1"
customer_pii_xks_key_id     = "customer-pii-01"
customer_archive_xks_key_id = "customer-archive-01"
customer_backup_xks_key_id  = "customer-backup-01"
proxy_certificate_name      = "*.xks.example.com"
