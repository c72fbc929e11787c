import * as cdk from "aws-cdk-lib";
import { XksStack } from "../lib/xks-stack";

const app = new cdk.App();
cdk.Tags.of(app).add("managed-by", "xks-planner", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
cdk.Tags.of(app).add("xks-key-store", "finance-xks", {
  excludeResourceTypes: [
    "AWS::ElasticLoadBalancingV2::Listener",
  ],
});
new XksStack(app, "XksStack", {
  env: {
    account: "111122223333",
    region: "eu-west-1",
  },
  description: "AWS KMS external key store (XKS Planner): Finance data keys held in our Dublin HSMs (public endpoint)",
  terminationProtection: true,
});
