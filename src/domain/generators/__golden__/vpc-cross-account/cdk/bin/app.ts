import * as cdk from "aws-cdk-lib";
import { XksNetworkStack, XksKeyStoreStack } from "../lib/xks-stack";

const app = new cdk.App();
const networkStack = new XksNetworkStack(app, "XksNetworkStack", {
  env: {
    account: "444455556666",
    region: "ap-southeast-2",
  },
  description: "VPC endpoint service of an AWS KMS external key store (XKS Planner): Shared-services proxy in the network account, store in the workload account (Sydney)",
});
const keyStoreStack = new XksKeyStoreStack(app, "XksKeyStoreStack", {
  env: {
    account: "111122223333",
    region: "ap-southeast-2",
  },
  description: "AWS KMS external key store (XKS Planner): Shared-services proxy in the network account, store in the workload account (Sydney)",
});
// Deploy order only: the accounts differ, so no values cross between the stacks.
keyStoreStack.addDependency(networkStack);
