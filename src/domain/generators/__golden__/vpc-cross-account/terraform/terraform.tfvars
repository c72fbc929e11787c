# Values stated in the plan (XKS Planner). The proxy secret access key is never written
# here: pass it as TF_VAR_xks_proxy_secret_access_key.
region                       = "ap-southeast-2"
xks_proxy_access_key_id      = "MZ4TQ7XW2LKD5NB6RHC3VJPE"
workload_app_data_xks_key_id = "workload-app-data"
proxy_certificate_name       = "xks-workload.proxy.example.net"
private_dns_name             = "xks-workload.proxy.example.net"
xks_proxy_uri_path           = "/workload/kms/xks/v1"
vpc_endpoint_service_id      = "vpce-svc-05f4e3d2c1b0a9f87"
vpc_endpoint_service_name    = "com.amazonaws.vpce.ap-southeast-2.vpce-svc-05f4e3d2c1b0a9f87"
vpc_endpoint_service_owner   = "444455556666"
