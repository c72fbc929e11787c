/**
 * AWS Regions in the partitions where AWS KMS runs for commercial customers, with their names.
 *
 * Derived from botocore `data/partitions.json` (commit 0e6e240, Aug 2026, Apache-2.0); the ISO
 * partitions are left out because the KMS guide says nothing about external key stores there.
 * `scripts/derived-data.test.ts` compares this list with `../shared/aws-models/partitions.json`.
 */

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-eusc';

export interface AwsRegion {
  readonly code: string;
  readonly name: string;
  readonly partition: Partition;
}

export const awsRegions: readonly AwsRegion[] = [
  { code: 'af-south-1', name: 'Africa (Cape Town)', partition: 'aws' },
  { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', partition: 'aws' },
  { code: 'ap-east-2', name: 'Asia Pacific (Taipei)', partition: 'aws' },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', partition: 'aws' },
  { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', partition: 'aws' },
  { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', partition: 'aws' },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', partition: 'aws' },
  { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', partition: 'aws' },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', partition: 'aws' },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', partition: 'aws' },
  { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', partition: 'aws' },
  { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', partition: 'aws' },
  { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', partition: 'aws' },
  { code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', partition: 'aws' },
  { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', partition: 'aws' },
  { code: 'ca-central-1', name: 'Canada (Central)', partition: 'aws' },
  { code: 'ca-west-1', name: 'Canada West (Calgary)', partition: 'aws' },
  { code: 'eu-central-1', name: 'Europe (Frankfurt)', partition: 'aws' },
  { code: 'eu-central-2', name: 'Europe (Zurich)', partition: 'aws' },
  { code: 'eu-north-1', name: 'Europe (Stockholm)', partition: 'aws' },
  { code: 'eu-south-1', name: 'Europe (Milan)', partition: 'aws' },
  { code: 'eu-south-2', name: 'Europe (Spain)', partition: 'aws' },
  { code: 'eu-west-1', name: 'Europe (Ireland)', partition: 'aws' },
  { code: 'eu-west-2', name: 'Europe (London)', partition: 'aws' },
  { code: 'eu-west-3', name: 'Europe (Paris)', partition: 'aws' },
  { code: 'il-central-1', name: 'Israel (Tel Aviv)', partition: 'aws' },
  { code: 'me-central-1', name: 'Middle East (UAE)', partition: 'aws' },
  { code: 'me-south-1', name: 'Middle East (Bahrain)', partition: 'aws' },
  { code: 'mx-central-1', name: 'Mexico (Central)', partition: 'aws' },
  { code: 'sa-east-1', name: 'South America (Sao Paulo)', partition: 'aws' },
  { code: 'us-east-1', name: 'US East (N. Virginia)', partition: 'aws' },
  { code: 'us-east-2', name: 'US East (Ohio)', partition: 'aws' },
  { code: 'us-west-1', name: 'US West (N. California)', partition: 'aws' },
  { code: 'us-west-2', name: 'US West (Oregon)', partition: 'aws' },
  { code: 'cn-north-1', name: 'China (Beijing)', partition: 'aws-cn' },
  { code: 'cn-northwest-1', name: 'China (Ningxia)', partition: 'aws-cn' },
  { code: 'eusc-de-east-1', name: 'AWS European Sovereign Cloud (Germany)', partition: 'aws-eusc' },
  { code: 'us-gov-east-1', name: 'AWS GovCloud (US-East)', partition: 'aws-us-gov' },
  { code: 'us-gov-west-1', name: 'AWS GovCloud (US-West)', partition: 'aws-us-gov' },
];

const regionsByCode = new Map(awsRegions.map((region) => [region.code, region]));

export function findRegion(code: string): AwsRegion | undefined {
  return regionsByCode.get(code);
}

/**
 * External key stores are offered in every Region where KMS runs except the two China Regions
 * (KMS Developer Guide, keystore-external.html, "Regions").
 */
export function supportsExternalKeyStores(region: AwsRegion): boolean {
  return region.partition !== 'aws-cn';
}

export function isGovCloud(region: AwsRegion): boolean {
  return region.partition === 'aws-us-gov';
}
