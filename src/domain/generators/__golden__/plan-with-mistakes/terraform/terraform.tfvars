# Values stated in the plan (XKS Planner). The proxy secret access key is never written
# here: pass it as TF_VAR_xks_proxy_secret_access_key.
region                      = "us-east-1"
xks_proxy_access_key_id     = "akia-payments-proxy"
vpc_endpoint_service_name   = "com.amazonaws.vpce.us-west-2.vpce-svc-0feedfacecafe1234"
xks_proxy_uri_path          = "/payments/kms/xks/v2"
payments_key_1_xks_key_id   = "payments key #1"
payments_key_2_xks_key_id   = "payments-key-2"
payments_key_2_2_xks_key_id = "payments-key-2"
proxy_certificate_name      = "proxy.payments.internal"

# The plan does not state these; set them here (terraform plan asks otherwise):
# alarm_topic_name = ...
