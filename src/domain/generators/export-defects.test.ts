/**
 * The defects an expert review found in the exports (issue 12), each pinned by a test on the
 * generated files of every format; the real tools prove the rest (*-tools.test.ts and the CDK
 * synth test).
 */
import { describe, expect, it } from 'vitest';
import { generateAwsCli } from './aws-cli/generate-aws-cli';
import { keyConstructIds } from './cdk/keys';
import { generateCdk } from './cdk/generate-cdk';
import { findExample } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import { exportPlan } from './iac-model/export-plan';
import { exportVariants } from './testing/export-variants';
import { generateTerraform } from './terraform/generate-terraform';
import type { GeneratedFile } from './types';

const variant = (id: string) => exportVariants.find((entry) => entry.id === id)!.plan;
const text = (files: readonly GeneratedFile[]) => files.map((file) => file.content).join('\n');
const file = (files: readonly GeneratedFile[], path: string) =>
  files.find((entry) => entry.path === path)!.content;

describe('export defects', () => {
  it('1: CDK construct IDs of keys stay unique when their ids differ only by punctuation', () => {
    const keys = variant('punctuation-key-ids').keys!;
    const ids = keyConstructIds(keys);
    expect(new Set(ids).size).toBe(keys.length);
    expect(ids[0]).toBe('KeyOrders1');
  });

  it('2: the CDK custom resources give up before CloudFormation’s one hour', () => {
    const files = generateCdk(variant('vpc-endpoint-service-ready'));
    expect(file(files, 'lib/xks-stack.ts')).toContain('totalTimeout: cdk.Duration.minutes(55)');
    expect(text(files)).not.toMatch(/2 hours/);
  });

  it('3: cross-account exports allow exactly the plan’s principals, never an added root', () => {
    const plan = variant('cross-account-new-endpoint-service');
    for (const files of [generateTerraform(plan), generateCdk(plan), generateAwsCli(plan)]) {
      const all = text(files);
      expect(all).not.toContain(':root');
      expect(all).toContain('arn:aws:iam::111122223333:role/xks-connector');
    }
  });

  it('5: every format builds a plan with errors the same way and lists the same overrides', () => {
    // Without the endpoint service it names, so the exports build the network the plan gets wrong.
    const plan = parsePlan(structuredClone(findExample('plan-with-mistakes')!.document)).plan;
    delete plan.keyStore!.XksProxyVpcEndpointServiceName;
    const { overrides } = exportPlan(plan);
    expect(overrides.map((override) => override.pointer)).toEqual(
      expect.arrayContaining([
        '/loadBalancer/listener/port',
        '/keyStore/XksProxyUriEndpoint',
        '/keys/0/KeySpec',
        '/keys/0/MultiRegion',
      ]),
    );
    const script = file(generateAwsCli(plan), 'create-external-key-store.sh');
    expect(script).toContain('LISTENER_PORT=443\n');
    expect(script).toContain('PROXY_URI_ENDPOINT=https://payments-xks.internal\n');
    expect(script).not.toContain('RSA_2048');
    expect(script).not.toContain('--multi-region');
    const readmes = [generateTerraform(plan), generateCdk(plan), generateAwsCli(plan)].map(
      (files) => file(files, 'README.md'),
    );
    for (const readme of readmes) {
      const section = readme.slice(readme.indexOf('## Where this export differs from the plan'));
      expect(section.match(/^- /gm)).toHaveLength(overrides.length);
      for (const override of overrides) expect(section).toContain(`(${override.pointer})`);
    }
  });

  it('5: a plan AWS accepts as it stands is exported without overrides', () => {
    for (const id of ['vpc-endpoint-service-ready', 'public-endpoint-ready', 'vpc-cross-account']) {
      expect(exportPlan(variant(id)).overrides).toEqual([]);
    }
  });

  it('9: an endpoint service the plan names is used, and no network is built for it', () => {
    for (const id of ['vpc-endpoint-service-ready', 'vpc-cross-account']) {
      const plan = variant(id);
      const serviceName = plan.keyStore!.XksProxyVpcEndpointServiceName!;
      const serviceId = serviceName.slice(serviceName.lastIndexOf('.') + 1);
      const terraform = text(generateTerraform(plan));
      const cdk = text(generateCdk(plan));
      const script = file(generateAwsCli(plan), 'create-external-key-store.sh');
      expect(terraform).not.toMatch(
        /resource "aws_(lb|lb_target_group|lb_listener|vpc_endpoint_service)"/,
      );
      // The data source (or, cross-account, the outputs) read it from terraform.tfvars.
      const tfvars = file(generateTerraform(plan), 'terraform.tfvars');
      const line = tfvars.split('\n').find((l) => l.startsWith('vpc_endpoint_service_name '));
      expect(line?.replace(/ +/g, ' ')).toBe(`vpc_endpoint_service_name = "${serviceName}"`);
      if (id !== 'vpc-cross-account') {
        expect(terraform).toContain('service_name = var.vpc_endpoint_service_name');
      }
      expect(cdk).not.toMatch(/elbv2\.NetworkLoadBalancer|ec2\.VpcEndpointService\b/);
      expect(cdk).toContain(`XksProxyVpcEndpointServiceName: "${serviceName}"`);
      expect(script).not.toMatch(
        /create-(target-group|load-balancer|listener|vpc-endpoint-service-configuration)/,
      );
      expect(script).toContain(`SERVICE_ID=${serviceId}\n`);
    }
    // Nothing of the network it does not build is listed as overridden.
    const mistakes = parsePlan(structuredClone(findExample('plan-with-mistakes')!.document)).plan;
    expect(exportPlan(mistakes).overrides.map((o) => o.pointer)).not.toContain(
      '/loadBalancer/listener/port',
    );
  });

  it('11: the CDK README passes the secret on stdin, and the connection waits for the listener', () => {
    const files = generateCdk(variant('new-endpoint-service'));
    const readme = file(files, 'README.md');
    expect(readme).not.toMatch(/--secret-string "?\$/);
    expect(readme).toContain('--secret-string file:///dev/stdin');
    expect(file(files, 'lib/xks-stack.ts')).toContain(
      'keyStoreConnection.node.addDependency(listener);',
    );
  });
});
