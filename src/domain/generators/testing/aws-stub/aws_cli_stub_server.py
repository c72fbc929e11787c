"""The real AWS CLI (awscli 1.45 / botocore) against a local stub of the AWS services an exported
script calls. Test support: run by aws-cli-tools.test.ts as

    python aws_cli_stub_server.py <unix socket> <request log (JSON lines)> <profile>=<account>...

(`default` is the account of calls without --profile), with the environment the calls use.

For each `aws` call made through the `aws` shim next to this file, a child process (forked from
this one, so the CLI's models load once) runs `awscli.clidriver` with the shim's arguments,
environment and standard streams. Everything the CLI does (argument parsing, parameter
validation, request serialization, --query, waiters) is real; only the HTTP exchange is replaced:
a `before-call` handler asks this process for the answer, and this process keeps the stub's
state across calls and across runs of a script. An operation the stub does not know fails the
call with a clear error. AWS_ENDPOINT_URL points at a closed loopback port, so nothing can ever
reach AWS.
"""
import copy
import json
import os
import socket
import sys
from types import SimpleNamespace

from awscli.clidriver import create_clidriver

SERVICES = ["kms", "ec2", "elbv2", "route53", "sts", "sns", "cloudwatch"]


class StubError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


class Stub:
    """The documented states, just enough for the exported scripts: resources are found by name
    or tag, private DNS verification and the key store connection progress on each poll."""

    def __init__(self, accounts):
        self.accounts = accounts
        self.account = accounts["default"]
        self.counter = 0
        self.target_groups = {}
        self.load_balancers = {}
        self.listeners = []
        self.services = {}
        self.changes = {}
        self.stores = {}
        self.keys = {}
        self.aliases = {}
        self.topics = {}
        self.alarms = {}

    def seed_services(self, services):
        """Endpoint services that exist before the script runs: {ServiceName, PrivateDnsName, State}."""
        for seed in services:
            service_id = seed["ServiceName"].rsplit(".", 1)[1]
            self.services[service_id] = {
                "ServiceId": service_id,
                "ServiceName": seed["ServiceName"],
                "ServiceType": [{"ServiceType": "Interface"}],
                "AcceptanceRequired": False,
                "NetworkLoadBalancerArns": [],
                "PrivateDnsName": seed["PrivateDnsName"],
                "PrivateDnsNameConfiguration": {
                    "State": seed["State"],
                    "Type": "TXT",
                    "Name": "_stubverify",
                    "Value": "vpce:stub-verification-value",
                },
                "Tags": [],
                "AllowedPrincipals": [],
            }

    def seed_stores(self, stores):
        """Key stores that exist before a step runs: {CustomKeyStoreId, CustomKeyStoreName}, DISCONNECTED;
        with FailWith (a ConnectionErrorCode), connecting ends FAILED with that code."""
        for seed in stores:
            store = {
                "CustomKeyStoreId": seed["CustomKeyStoreId"],
                "CustomKeyStoreName": seed["CustomKeyStoreName"],
                "CustomKeyStoreType": "EXTERNAL_KEY_STORE",
                "ConnectionState": "DISCONNECTED",
                "polls": 0,
            }
            if "FailWith" in seed:
                store["fail_with"] = seed["FailWith"]
            self.stores[seed["CustomKeyStoreId"]] = store

    def next_id(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter:017x}"

    def answer(self, service, operation, params, profile):
        self.account = self.accounts.get(profile or "default", "")
        handler = getattr(self, f"{service}_{operation}", None)
        if handler is None:
            raise StubError("StubUnknownOperation", f"the stub does not know {service} {operation}")
        return handler(params) or {}

    # ---------------------------------------------------------------- sts
    def sts_GetCallerIdentity(self, params):
        return {"Account": self.account, "Arn": f"arn:aws:iam::{self.account}:user/stub", "UserId": "STUB"}

    # ---------------------------------------------------------------- elbv2
    def elbv2_CreateTargetGroup(self, params):
        if params["Name"] in self.target_groups:
            raise StubError("DuplicateTargetGroupName", "A target group with the same name exists")
        arn = f"arn:aws:elasticloadbalancing:eu-central-1:{self.account}:targetgroup/{params['Name']}/{self.next_id('')}"
        group = {**params, "TargetGroupArn": arn, "TargetGroupName": params["Name"]}
        group.pop("Name")
        self.target_groups[params["Name"]] = group
        return {"TargetGroups": [group]}

    def elbv2_DescribeTargetGroups(self, params):
        names = params.get("Names")
        found = [g for n, g in self.target_groups.items() if names is None or n in names]
        if names and not found:
            raise StubError("TargetGroupNotFound", "One or more target groups not found")
        return {"TargetGroups": found}

    def elbv2_RegisterTargets(self, params):
        return {}

    def elbv2_CreateLoadBalancer(self, params):
        if params["Name"] in self.load_balancers:
            raise StubError("DuplicateLoadBalancerName", "A load balancer with the same name exists")
        arn = f"arn:aws:elasticloadbalancing:eu-central-1:{self.account}:loadbalancer/net/{params['Name']}/{self.next_id('')}"
        balancer = {
            "LoadBalancerArn": arn,
            "LoadBalancerName": params["Name"],
            "DNSName": f"{params['Name']}.elb.amazonaws.com",
            "Type": "network",
            "Scheme": params.get("Scheme", "internet-facing"),
            "State": {"Code": "active"},
        }
        self.load_balancers[params["Name"]] = balancer
        return {"LoadBalancers": [balancer]}

    def elbv2_DescribeLoadBalancers(self, params):
        names = params.get("Names")
        arns = params.get("LoadBalancerArns")
        found = [
            b
            for n, b in self.load_balancers.items()
            if (names is None or n in names) and (arns is None or b["LoadBalancerArn"] in arns)
        ]
        if (names or arns) and not found:
            raise StubError("LoadBalancerNotFound", "One or more load balancers not found")
        return {"LoadBalancers": found}

    def elbv2_ModifyLoadBalancerAttributes(self, params):
        return {"Attributes": params["Attributes"]}

    def elbv2_SetSecurityGroups(self, params):
        return {"SecurityGroupIds": params["SecurityGroups"]}

    def elbv2_CreateListener(self, params):
        for listener in self.listeners:
            if listener["LoadBalancerArn"] == params["LoadBalancerArn"] and listener["Port"] == params["Port"]:
                raise StubError("DuplicateListener", "A listener with the specified port already exists")
        listener = {**params, "ListenerArn": f"{params['LoadBalancerArn']}/listener/{self.next_id('')}"}
        self.listeners.append(listener)
        return {"Listeners": [listener]}

    def elbv2_DescribeListeners(self, params):
        return {"Listeners": [l for l in self.listeners if l["LoadBalancerArn"] == params.get("LoadBalancerArn")]}

    # ---------------------------------------------------------------- ec2
    def ec2_CreateVpcEndpointServiceConfiguration(self, params):
        dns = params.get("PrivateDnsName")
        for service in self.services.values():
            if dns is not None and service["PrivateDnsName"] == dns:
                raise StubError("InvalidParameter", f"Private DNS name {dns} is already in use")
        service_id = self.next_id("vpce-svc-")
        tags = [t for spec in params.get("TagSpecifications", []) for t in spec.get("Tags", [])]
        service = {
            "ServiceId": service_id,
            "ServiceName": f"com.amazonaws.vpce.eu-central-1.{service_id}",
            "ServiceType": [{"ServiceType": "Interface"}],
            "AcceptanceRequired": params.get("AcceptanceRequired", True),
            "NetworkLoadBalancerArns": params.get("NetworkLoadBalancerArns", []),
            "PrivateDnsName": dns,
            "PrivateDnsNameConfiguration": {
                "State": "pendingVerification",
                "Type": "TXT",
                "Name": "_stubverify",
                "Value": "vpce:stub-verification-value",
            },
            "Tags": tags,
            "AllowedPrincipals": [],
        }
        self.services[service_id] = service
        return {"ServiceConfiguration": service}

    def ec2_DescribeVpcEndpointServiceConfigurations(self, params):
        ids = params.get("ServiceIds")
        found = [s for i, s in self.services.items() if ids is None or i in ids]
        for query in params.get("Filters", []):
            name, values = query["Name"], query["Values"]
            if name.startswith("tag:"):
                key = name[4:]
                found = [s for s in found if any(t["Key"] == key and t["Value"] in values for t in s["Tags"])]
            elif name == "service-id":
                found = [s for s in found if s["ServiceId"] in values]
            else:
                raise StubError("InvalidParameterValue", f"the stub has no filter {name}")
        if ids and not found:
            raise StubError("InvalidVpcEndpointServiceId.NotFound", "The service ID does not exist")
        for service in found:
            configuration = service["PrivateDnsNameConfiguration"]
            if configuration["State"] == "verifying":
                configuration["State"] = "verified"
        return {"ServiceConfigurations": copy.deepcopy(found)}

    def ec2_ModifyVpcEndpointServicePermissions(self, params):
        service = self.services[params["ServiceId"]]
        for principal in params.get("AddAllowedPrincipals", []):
            if principal not in service["AllowedPrincipals"]:
                service["AllowedPrincipals"].append(principal)
        return {"ReturnValue": True}

    def ec2_DescribeVpcEndpointServicePermissions(self, params):
        service = self.services[params["ServiceId"]]
        return {"AllowedPrincipals": [{"Principal": p} for p in service["AllowedPrincipals"]]}

    def ec2_StartVpcEndpointServicePrivateDnsVerification(self, params):
        configuration = self.services[params["ServiceId"]]["PrivateDnsNameConfiguration"]
        if configuration["State"] != "verified":
            configuration["State"] = "verifying"
        return {"ReturnValue": True}

    # ---------------------------------------------------------------- route53
    def route53_ChangeResourceRecordSets(self, params):
        change_id = f"/change/{self.next_id('C')}"
        self.changes[change_id] = 0
        return {"ChangeInfo": {"Id": change_id, "Status": "PENDING", "SubmittedAt": "2026-12-05T00:00:00Z"}}

    def route53_GetChange(self, params):
        change_id = params["Id"] if params["Id"].startswith("/change/") else f"/change/{params['Id']}"
        if change_id not in self.changes:
            raise StubError("NoSuchChange", f"no change {change_id}")
        self.changes[change_id] += 1
        # INSYNC at once: the CLI's waiter sleeps 30 s between polls.
        return {"ChangeInfo": {"Id": change_id, "Status": "INSYNC", "SubmittedAt": "2026-12-05T00:00:00Z"}}

    # ---------------------------------------------------------------- kms
    def kms_CreateCustomKeyStore(self, params):
        for store in self.stores.values():
            if store["CustomKeyStoreName"] == params["CustomKeyStoreName"]:
                raise StubError("CustomKeyStoreNameInUseException", "The name is in use")
        credential = params.get("XksProxyAuthenticationCredential", {})
        if not 43 <= len(credential.get("RawSecretAccessKey", "")) <= 64:
            raise StubError("ValidationException", "RawSecretAccessKey is missing or malformed")
        store_id = self.next_id("cks-")
        store = {k: v for k, v in params.items() if k != "XksProxyAuthenticationCredential"}
        store.update({"CustomKeyStoreId": store_id, "ConnectionState": "DISCONNECTED", "polls": 0})
        self.stores[store_id] = store
        return {"CustomKeyStoreId": store_id}

    def kms_DescribeCustomKeyStores(self, params):
        found = list(self.stores.values())
        if "CustomKeyStoreId" in params:
            found = [s for s in found if s["CustomKeyStoreId"] == params["CustomKeyStoreId"]]
            if not found:
                raise StubError("CustomKeyStoreNotFoundException", "No such key store")
        if "CustomKeyStoreName" in params:
            found = [s for s in found if s["CustomKeyStoreName"] == params["CustomKeyStoreName"]]
            if not found:
                raise StubError("CustomKeyStoreNotFoundException", "No such key store")
        result = []
        for store in found:
            if store["ConnectionState"] == "CONNECTING":
                store["polls"] += 1
                if store["polls"] > 1 and "fail_with" in store:
                    store["ConnectionState"] = "FAILED"
                    store["ConnectionErrorCode"] = store["fail_with"]
                elif store["polls"] > 1:
                    store["ConnectionState"] = "CONNECTED"
            result.append({k: v for k, v in store.items() if k not in ("polls", "fail_with")})
        return {"CustomKeyStores": result}

    def kms_ConnectCustomKeyStore(self, params):
        store = self.stores[params["CustomKeyStoreId"]]
        if store["ConnectionState"] != "DISCONNECTED":
            raise StubError("CustomKeyStoreInvalidStateException", f"The key store is {store['ConnectionState']}")
        store["ConnectionState"] = "CONNECTING"
        return {}

    def kms_CreateKey(self, params):
        store = self.stores.get(params.get("CustomKeyStoreId"))
        if store is None or store["ConnectionState"] != "CONNECTED":
            raise StubError("CustomKeyStoreInvalidStateException", "The key store is not connected")
        # The counter's low digits, so that every key gets its own id.
        key_id = f"{self.next_id('')[-8:]}-0000-4000-8000-{self.next_id('')[-12:]}"
        key = {
            "KeyId": key_id,
            "Arn": f"arn:aws:kms:eu-central-1:{self.account}:key/{key_id}",
            "KeyState": "Enabled",
            "Origin": params.get("Origin"),
            "CustomKeyStoreId": params.get("CustomKeyStoreId"),
            "XksKeyConfiguration": {"Id": params.get("XksKeyId")},
            "Description": params.get("Description", ""),
        }
        self.keys[key_id] = {"KeyMetadata": key, "Tags": params.get("Tags", [])}
        return {"KeyMetadata": key}

    def kms_DescribeKey(self, params):
        key_id = params["KeyId"]
        if key_id.startswith("alias/"):
            key_id = self.aliases.get(key_id, "")
        if key_id not in self.keys:
            raise StubError("NotFoundException", f"Key '{params['KeyId']}' does not exist")
        return {"KeyMetadata": self.keys[key_id]["KeyMetadata"]}

    def kms_ListKeys(self, params):
        return {"Keys": [{"KeyId": k, "KeyArn": v["KeyMetadata"]["Arn"]} for k, v in self.keys.items()]}

    def kms_ListResourceTags(self, params):
        return {"Tags": self.keys[params["KeyId"]]["Tags"]}

    def kms_CreateAlias(self, params):
        if params["AliasName"] in self.aliases:
            raise StubError("AlreadyExistsException", f"An alias with the name {params['AliasName']} already exists")
        self.aliases[params["AliasName"]] = params["TargetKeyId"]
        return {}

    def kms_ListAliases(self, params):
        return {"Aliases": [{"AliasName": a, "TargetKeyId": k} for a, k in self.aliases.items()]}

    # ---------------------------------------------------------------- sns, cloudwatch
    def sns_CreateTopic(self, params):
        arn = f"arn:aws:sns:eu-central-1:{self.account}:{params['Name']}"
        self.topics[arn] = params
        return {"TopicArn": arn}

    def cloudwatch_PutMetricAlarm(self, params):
        self.alarms[params["AlarmName"]] = params
        return {}


def serve(socket_path, log_path, accounts):
    driver = create_clidriver()
    # Warm the caches the children inherit: the command table and every service's models.
    driver._get_command_table()
    loader = driver.session.get_component("data_loader")
    for kind in ["service-2", "paginators-1", "waiters-2"]:
        loader.list_available_services(kind)
    for service in SERVICES:
        driver.session.create_client(service, region_name="eu-central-1")
        driver.session.get_paginator_model(service)
        if service in loader.list_available_services("waiters-2"):
            driver.session.get_waiter_model(service)
    stub = Stub(accounts)
    stub.seed_services(json.loads(os.environ.get("XKS_AWS_STUB_SERVICES", "[]")))
    stub.seed_stores(json.loads(os.environ.get("XKS_AWS_STUB_STORES", "[]")))
    log = open(log_path, "a", encoding="utf-8")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path)
    server.listen(4)
    print("ready", flush=True)
    while True:
        connection, _ = server.accept()
        message, fds, _, _ = socket.recv_fds(connection, 1 << 16, 3)
        while not message.endswith(b"\n"):
            more = connection.recv(1 << 16)
            if not more:
                break
            message += more
        request = json.loads(message.decode())
        parent_end, child_end = socket.socketpair()
        pid = os.fork()
        if pid == 0:
            server.close()
            parent_end.close()
            run_cli(driver, request, fds, child_end)
        child_end.close()
        for fd in fds:
            os.close(fd)
        channel = parent_end.makefile("rw")
        for line in channel:
            call = json.loads(line)
            entry = {"argv": request["argv"], "service": call["service"], "operation": call["operation"], "params": call["params"]}
            try:
                reply = {"response": stub.answer(call["service"], call["operation"], call["params"], call["profile"])}
                entry["response"] = reply["response"]
            except StubError as error:
                reply = {"error": {"Code": error.code, "Message": error.message}}
                entry["error"] = error.code
            log.write(json.dumps(entry, default=str) + "\n")
            log.flush()
            channel.write(json.dumps(reply, default=str) + "\n")
            channel.flush()
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        connection.sendall((json.dumps({"exit": code}) + "\n").encode())
        connection.close()
        parent_end.close()


def run_cli(driver, request, fds, channel_socket):
    """In the child: the shim's streams, environment and folder, then the real CLI."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    channel = channel_socket.makefile("rw")
    pending = {}

    def remember_params(params, **kwargs):
        pending["params"] = copy.deepcopy(params)

    def answer(model, **kwargs):
        service = model.service_model.endpoint_prefix
        if service == "elasticloadbalancing":
            service = "elbv2"
        if service == "monitoring":
            service = "cloudwatch"
        profile = driver.session.get_config_variable("profile")
        call = {"service": service, "operation": model.name, "params": pending.get("params", {}), "profile": profile}
        channel.write(json.dumps(call, default=str) + "\n")
        channel.flush()
        reply = json.loads(channel.readline())
        if "error" in reply:
            error = {"Error": reply["error"], "ResponseMetadata": {"HTTPStatusCode": 400}}
            return SimpleNamespace(status_code=400, headers={}, content=b""), error
        response = reply["response"]
        response["ResponseMetadata"] = {"HTTPStatusCode": 200, "RequestId": "stub"}
        return SimpleNamespace(status_code=200, headers={}, content=b""), response

    driver.session.register("before-parameter-build", remember_params)
    driver.session.register("before-call", answer)
    code = 255
    try:
        code = driver.main(request["argv"])
    except SystemExit as exit_request:
        code = exit_request.code if isinstance(exit_request.code, int) else int(exit_request.code is not None)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2], dict(pair.split("=", 1) for pair in sys.argv[3:]))
