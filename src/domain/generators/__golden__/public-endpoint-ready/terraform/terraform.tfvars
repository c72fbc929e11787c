# Values stated in the plan (XKS Planner). The proxy secret access key is never written
# here: pass it as TF_VAR_xks_proxy_secret_access_key.
region                     = "eu-west-1"
xks_proxy_access_key_id    = "BE3QMVKAHPJ6Z4OI2RQXF7TW"
xks_proxy_uri_endpoint     = "https://myproxy.xks.example.com"
xks_proxy_uri_path         = "/finance/kms/xks/v1"
finance_ledger_xks_key_id  = "finance-ledger-2027"
finance_reports_xks_key_id = "finance-reports-2027"
proxy_certificate_name     = "myproxy.xks.example.com"
