import * as cdk from "aws-cdk-lib";
import { XksStack } from "../lib/xks-stack";

const app = new cdk.App();
cdk.Tags.of(app).add("managed-by", "xks-planner", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
cdk.Tags.of(app).add("xks-key-store", "workload-xks", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
new XksStack(app, "XksStack", {
  env: {
    account: "111122223333",
    region: "ap-southeast-2",
  },
  description: "AWS KMS external key store (XKS Planner): Shared-services proxy in the network account, store in the workload account (Sydney)",
  terminationProtection: true,
});
