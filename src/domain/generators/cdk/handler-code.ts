/**
 * The custom-resource handler of the CDK export: JavaScript for the Lambda Node.js 22 runtime
 * (AWS SDK for JavaScript v3 built in), inlined with lambda.Code.fromInline so synth needs no
 * bundling. Constant text: plan values reach it only as resource properties, at deploy time.
 *
 * - Custom::XksPrivateDnsNameConfiguration: isComplete reads the TXT record name and value the
 *   endpoint service asks for (DescribeVpcEndpointServiceConfigurations) into the attributes Name
 *   and Value (the Provider merges isComplete's Data into the resource's).
 * - Custom::XksPrivateDnsVerification: starts the private DNS name verification of the endpoint
 *   service; isComplete waits for `verified`.
 * - Custom::XksKeyStore: CreateCustomKeyStore / UpdateCustomKeyStore / DeleteCustomKeyStore. The
 *   credential's secret is read from Secrets Manager (CredentialSecretArn), never a property.
 * - Custom::XksKeyStoreConnection: ConnectCustomKeyStore, isComplete waits for CONNECTED (fails on
 *   FAILED with the ConnectionErrorCode); delete disconnects.
 * - Custom::XksKey: CreateKey with Origin EXTERNAL_KEY_STORE and the XksKeyId. Deleting a KMS
 *   key is a scheduled, deliberate step: delete leaves the key as it is (the resource is retained).
 */
/**
 * How long the Provider waits for `verified` or `CONNECTED`: CloudFormation fails a custom resource
 * after one hour (its ServiceTimeout cannot exceed 3600 s), so the Provider gives up first, with a
 * clear error instead of CloudFormation's timeout.
 */
export const providerTotalTimeoutMinutes = 55;

const clientLines: readonly string[] = [
  'const K = require("@aws-sdk/client-kms");',
  'const E = require("@aws-sdk/client-ec2");',
  'const kms = new K.KMSClient({}), ec2 = new E.EC2Client({});',
  'const run = (client, m, name, input) => client.send(new m[name + "Command"](input));',
  'const store = async (id) =>',
  '  (await run(kms, K, "DescribeCustomKeyStores", { CustomKeyStoreId: id })).CustomKeyStores[0];',
];

const onEventLines: readonly string[] = [
  'const S = require("@aws-sdk/client-secrets-manager");',
  'const sm = new S.SecretsManagerClient({});',
  'const endpoint = ["XksProxyConnectivity", "XksProxyUriEndpoint", "XksProxyVpcEndpointServiceName", "XksProxyVpcEndpointServiceOwner"];',
  'async function credential(p) {',
  '  const text = (await run(sm, S, "GetSecretValue", { SecretId: p.CredentialSecretArn })).SecretString || "";',
  '  let secret = text.trim();',
  '  try { const j = JSON.parse(text); if (j && typeof j === "object") secret = j.secretAccessKey || j.RawSecretAccessKey; } catch {}',
  '  return { AccessKeyId: p.AccessKeyId, RawSecretAccessKey: secret };',
  '}',
  'async function disconnect(id) {',
  '  try { await run(kms, K, "DisconnectCustomKeyStore", { CustomKeyStoreId: id }); } catch (e) { console.log(e.name); }',
  '  for (let i = 0; i < 100 && (await store(id)).ConnectionState !== "DISCONNECTED"; i++) await new Promise((r) => setTimeout(r, 5000));',
  '}',
  'exports.onEvent = async (e) => {',
  '  const p = e.ResourceProperties, old = e.OldResourceProperties || {}, id = e.PhysicalResourceId, type = e.RequestType;',
  '  const cks = { CustomKeyStoreId: p.CustomKeyStoreId };',
  '  switch (e.ResourceType) {',
  '    case "Custom::XksPrivateDnsNameConfiguration":',
  '      return { PhysicalResourceId: p.ServiceId + "-dns" };',
  '    case "Custom::XksPrivateDnsVerification":',
  '      if (type !== "Delete") await run(ec2, E, "StartVpcEndpointServicePrivateDnsVerification", { ServiceId: p.ServiceId });',
  '      return { PhysicalResourceId: p.ServiceId };',
  '    case "Custom::XksKeyStore": {',
  '      if (type === "Delete") {',
  '        await disconnect(id);',
  '        await run(kms, K, "DeleteCustomKeyStore", { CustomKeyStoreId: id });',
  '        return { PhysicalResourceId: id };',
  '      }',
  '      const moved = type === "Create" || endpoint.some((f) => p[f] !== old[f]);',
  '      const input = { XksProxyUriPath: p.XksProxyUriPath, XksProxyAuthenticationCredential: await credential(p) };',
  '      for (const f of endpoint) if (moved && p[f]) input[f] = p[f];',
  '      if (type === "Create") {',
  '        Object.assign(input, { CustomKeyStoreName: p.CustomKeyStoreName, CustomKeyStoreType: "EXTERNAL_KEY_STORE" });',
  '        return { PhysicalResourceId: (await run(kms, K, "CreateCustomKeyStore", input)).CustomKeyStoreId };',
  '      }',
  '      if (moved) await disconnect(id);',
  '      if (p.CustomKeyStoreName !== old.CustomKeyStoreName) input.NewCustomKeyStoreName = p.CustomKeyStoreName;',
  '      await run(kms, K, "UpdateCustomKeyStore", { CustomKeyStoreId: id, ...input });',
  '      return { PhysicalResourceId: id };',
  '    }',
  '    case "Custom::XksKeyStoreConnection":',
  '      if (type === "Delete") await disconnect(p.CustomKeyStoreId);',
  '      else if (!["CONNECTED", "CONNECTING"].includes((await store(p.CustomKeyStoreId)).ConnectionState))',
  '        await run(kms, K, "ConnectCustomKeyStore", cks);',
  '      return { PhysicalResourceId: p.CustomKeyStoreId + "-connection" };',
  '    case "Custom::XksKey": {',
  '      if (type === "Delete") return { PhysicalResourceId: id };',
  '      const Tags = p.Tags || [], Description = p.Description || "";',
  '      let key = id;',
  '      if (type === "Update" && p.XksKeyId === old.XksKeyId && p.CustomKeyStoreId === old.CustomKeyStoreId) {',
  '        await run(kms, K, "UpdateKeyDescription", { KeyId: id, Description });',
  '        if (Tags.length) await run(kms, K, "TagResource", { KeyId: id, Tags });',
  '      } else {',
  '        const input = { ...cks, Origin: "EXTERNAL_KEY_STORE", XksKeyId: p.XksKeyId, Description, Tags };',
  '        key = (await run(kms, K, "CreateKey", input)).KeyMetadata.KeyId;',
  '      }',
  '      const meta = (await run(kms, K, "DescribeKey", { KeyId: key })).KeyMetadata;',
  '      return { PhysicalResourceId: key, Data: { KeyId: meta.KeyId, Arn: meta.Arn } };',
  '    }',
  '  }',
  '  throw new Error("Unknown resource type " + e.ResourceType);',
  '};',
];

const isCompleteLines: readonly string[] = [
  'exports.isComplete = async (e) => {',
  '  const p = e.ResourceProperties;',
  '  if (e.RequestType === "Delete") return { IsComplete: true };',
  '  if (e.ResourceType === "Custom::XksKeyStoreConnection") {',
  '    const s = await store(p.CustomKeyStoreId);',
  '    if (s.ConnectionState === "FAILED") throw new Error("Connection FAILED: " + s.ConnectionErrorCode);',
  '    return { IsComplete: s.ConnectionState === "CONNECTED" };',
  '  }',
  '  const dns = async () => (await run(ec2, E, "DescribeVpcEndpointServiceConfigurations", { ServiceIds: [p.ServiceId] }))',
  '    .ServiceConfigurations[0].PrivateDnsNameConfiguration;',
  '  if (e.ResourceType === "Custom::XksPrivateDnsNameConfiguration") {',
  '    const c = await dns();',
  '    return { IsComplete: true, Data: { Name: c.Name, Value: c.Value } };',
  '  }',
  '  if (e.ResourceType === "Custom::XksPrivateDnsVerification") {',
  '    const state = (await dns()).State;',
  '    if (state === "failed") throw new Error("Private DNS name verification failed: check the TXT record");',
  '    return { IsComplete: state === "verified" };',
  '  }',
  '  return { IsComplete: true };',
  '};',
];

/** Source of the onEvent function (index.onEvent); under the 4096 characters of ZipFile. */
export const onEventCode: readonly string[] = [...clientLines, ...onEventLines];

/** Source of the isComplete function (index.isComplete). */
export const isCompleteCode: readonly string[] = [...clientLines, ...isCompleteLines];

/** The IAM actions the handler calls (on "*": key store IDs are not known before creation). */
export const handlerActions: readonly string[] = [
  'kms:CreateCustomKeyStore',
  'kms:UpdateCustomKeyStore',
  'kms:DeleteCustomKeyStore',
  'kms:ConnectCustomKeyStore',
  'kms:DisconnectCustomKeyStore',
  'kms:DescribeCustomKeyStores',
  'kms:CreateKey',
  'kms:DescribeKey',
  'kms:UpdateKeyDescription',
  'kms:TagResource',
  'ec2:DescribeVpcEndpointServices',
  'ec2:DescribeVpcEndpointServiceConfigurations',
  'ec2:StartVpcEndpointServicePrivateDnsVerification',
];
