import * as cdk from "aws-cdk-lib";
import { XksStack } from "../lib/xks-stack";

const app = new cdk.App();
cdk.Tags.of(app).add("managed-by", "xks-planner", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
cdk.Tags.of(app).add("xks-key-store", "payments-xks", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
new XksStack(app, "XksStack", {
  env: {
    account: "111122223333",
    region: "us-east-1",
  },
  description: "AWS KMS external key store (XKS Planner): A first draft with the mistakes people make",
  terminationProtection: true,
});
