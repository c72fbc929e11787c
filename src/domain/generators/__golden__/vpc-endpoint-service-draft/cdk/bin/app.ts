import * as cdk from "aws-cdk-lib";
import { XksStack } from "../lib/xks-stack";

const app = new cdk.App();
cdk.Tags.of(app).add("managed-by", "xks-planner", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
cdk.Tags.of(app).add("xks-key-store", "customer-data-xks", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
new XksStack(app, "XksStack", {
  env: {
    region: "eu-central-1",
  },
  description: "AWS KMS external key store (XKS Planner): Customer data keys, first draft (VPC endpoint service)",
  terminationProtection: true,
});
