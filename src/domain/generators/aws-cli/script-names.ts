/** Names the script, its README and its tests share. */
export const awsCliScriptName = 'create-external-key-store.sh';

/** The environment variable the script reads the proxy's secret access key from. */
export const secretVariable = 'XKS_PROXY_SECRET_ACCESS_KEY';

/** How the script reaches the proxy: decided once from the plan. */
export interface AwsCliVariant {
  readonly vpc: boolean;
  /** The VPC endpoint service belongs to another account than the key store. */
  readonly crossAccount: boolean;
  /** The plan names an existing VPC endpoint service: the script uses it and builds no network. */
  readonly existingService: boolean;
}
