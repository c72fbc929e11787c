/**
 * The rule registry: every rule, listed by hand in alphabetical order of id so that a review sees
 * each addition (rules-meta.test.ts checks the order, the ids and the files).
 */
import type { AnyRule } from '../engine/types';
import accountIdFormat from './account-id-format';
import alarmSnsTopic from './alarm-sns-topic';
import customAlarmThreshold from './custom-alarm-threshold';
import customKeyStoreQuota from './custom-key-store-quota';
import externalKeyBackups from './external-key-backups';
import hostNamesWellFormed from './host-names-well-formed';
import keyAttributesSupported from './key-attributes-supported';
import keyManagerAes256Gcm from './key-manager-aes-256-gcm';
import keyManagerRedundantInstances from './key-manager-redundant-instances';
import keyRotationNotAvailable from './key-rotation-not-available';
import keyStoreNameLength from './key-store-name-length';
import keyStoreNameNoSecrets from './key-store-name-no-secrets';
import keyStoreNameUnique from './key-store-name-unique';
import keyStoreRequiredParameters from './key-store-required-parameters';
import keyStoreTypeExternal from './key-store-type-external';
import noHeaderRewritingToProxy from './no-header-rewriting-to-proxy';
import noSecretInPlan from './no-secret-in-plan';
import planSchema from './plan-schema';
import plannedKeyAliasUnique from './planned-key-alias-unique';
import plannedKeyDescriptionBytes from './planned-key-description-bytes';
import plannedKeyParametersFormat from './planned-key-parameters-format';
import plannedKeyTagAwsPrefix from './planned-key-tag-aws-prefix';
import proxyAcceptsTwoCredentials from './proxy-accepts-two-credentials';
import proxyAccessKeyIdFormat from './proxy-access-key-id-format';
import proxyAccessKeyIdNotIam from './proxy-access-key-id-not-iam';
import proxyCipherSuiteKeyType from './proxy-cipher-suite-key-type';
import proxyCipherSuites from './proxy-cipher-suites';
import proxyCircularDependency from './proxy-circular-dependency';
import proxyClockSynchronized from './proxy-clock-synchronized';
import proxyConfigCredentialFormat from './proxy-config-credential-format';
import proxyConfigFields from './proxy-config-fields';
import proxyConfigSecretStrength from './proxy-config-secret-strength';
import proxyConfigUriPath from './proxy-config-uri-path';
import proxyConformanceTested from './proxy-conformance-tested';
import proxyMtlsClientName from './proxy-mtls-client-name';
import proxyMtlsDeprecated from './proxy-mtls-deprecated';
import proxySamplePathPrefixLength from './proxy-sample-path-prefix-length';
import proxyTlsLegacyVersions from './proxy-tls-legacy-versions';
import proxyTlsVersion from './proxy-tls-version';
import proxyUriEndpointFormat from './proxy-uri-endpoint-format';
import proxyUriPathFormat from './proxy-uri-path-format';
import proxyUriPathMatchesProxy from './proxy-uri-path-matches-proxy';
import proxyUriTotalLength from './proxy-uri-total-length';
import proxyUriUnique from './proxy-uri-unique';
import publicEndpointFirewall443 from './public-endpoint-firewall-443';
import publicEndpointForEvaluation from './public-endpoint-for-evaluation';
import publicEndpointIpv4Routable from './public-endpoint-ipv4-routable';
import publicEndpointNoVpcClash from './public-endpoint-no-vpc-clash';
import publicEndpointNoVpcServiceName from './public-endpoint-no-vpc-service-name';
import publicEndpointNoVpcServiceOwner from './public-endpoint-no-vpc-service-owner';
import publicEndpointProxyTestedBeforeCreate from './public-endpoint-proxy-tested-before-create';
import recommendedAlarmThresholds from './recommended-alarm-thresholds';
import recommendedAlarmsEnabled from './recommended-alarms-enabled';
import regionSupportsExternalKeyStores from './region-supports-external-key-stores';
import requestCapacity from './request-capacity';
import requestCapacityLossOfOne from './request-capacity-loss-of-one';
import tlsCertificateExpiresSoon from './tls-certificate-expires-soon';
import tlsCertificateFullChain from './tls-certificate-full-chain';
import tlsCertificateKeyType from './tls-certificate-key-type';
import tlsCertificateNameMatchesHost from './tls-certificate-name-matches-host';
import tlsCertificateNameOnlyInSan from './tls-certificate-name-only-in-san';
import tlsCertificateRootCaExpiry from './tls-certificate-root-ca-expiry';
import tlsCertificateRootCaListStale from './tls-certificate-root-ca-list-stale';
import tlsCertificateRootCaTrusted from './tls-certificate-root-ca-trusted';
import tlsCertificateValidNow from './tls-certificate-valid-now';
import tlsChainOrder from './tls-chain-order';
import tlsChainSignatures from './tls-chain-signatures';
import tlsChainUnparseable from './tls-chain-unparseable';
import trafficCloserRegion from './traffic-closer-region';
import trafficEstimatedRoundTrip from './traffic-estimated-round-trip';
import trafficProxyNearKeyManager from './traffic-proxy-near-key-manager';
import trafficRoundTripTime from './traffic-round-trip-time';
import trafficRoundTripTimeout from './traffic-round-trip-timeout';
import trafficStoreRequestQuota from './traffic-store-request-quota';
import vpcArnsInRegionPartition from './vpc-arns-in-region-partition';
import vpcAvailabilityZoneNamesFormat from './vpc-availability-zone-names-format';
import vpcAvailabilityZonesInRegion from './vpc-availability-zones-in-region';
import vpcCidrNoKeyManagerOverlap from './vpc-cidr-no-key-manager-overlap';
import vpcComponentsIpv4 from './vpc-components-ipv4';
import vpcDnsAttributes from './vpc-dns-attributes';
import vpcEndpointMatchesPrivateDnsName from './vpc-endpoint-matches-private-dns-name';
import vpcEndpointServiceAllowsKms from './vpc-endpoint-service-allows-kms';
import vpcEndpointServiceAllowsStoreAccount from './vpc-endpoint-service-allows-store-account';
import vpcEndpointServiceInterface from './vpc-endpoint-service-interface';
import vpcEndpointServiceNameFormat from './vpc-endpoint-service-name-format';
import vpcEndpointServiceNoAcceptance from './vpc-endpoint-service-no-acceptance';
import vpcEndpointServiceNotInUse from './vpc-endpoint-service-not-in-use';
import vpcEndpointServiceOwnerFormat from './vpc-endpoint-service-owner-format';
import vpcEndpointServicePrincipalFormat from './vpc-endpoint-service-principal-format';
import vpcEndpointServiceSameRegion from './vpc-endpoint-service-same-region';
import vpcEndpointUnique from './vpc-endpoint-unique';
import vpcListenerCertificateInRegion from './vpc-listener-certificate-in-region';
import vpcLoadBalancerTwoAzs from './vpc-load-balancer-two-azs';
import vpcNetworkLoadBalancer from './vpc-network-load-balancer';
import vpcNoEmptyListRows from './vpc-no-empty-list-rows';
import vpcNoPublicSubnets from './vpc-no-public-subnets';
import vpcPrivateDnsName from './vpc-private-dns-name';
import vpcPrivateDnsVerificationDomain from './vpc-private-dns-verification-domain';
import vpcPrivateDnsVerified from './vpc-private-dns-verified';
import vpcPrivateSubnetsTwoAzs from './vpc-private-subnets-two-azs';
import vpcReachesProxy from './vpc-reaches-proxy';
import vpcTargetGroupHealthCheck from './vpc-target-group-health-check';
import vpcTargetGroupSettings from './vpc-target-group-settings';
import vpcTargetGroupTwoTargets from './vpc-target-group-two-targets';
import vpcTargetPrivateAddress from './vpc-target-private-address';
import vpcTargetsAreProxyInstances from './vpc-targets-are-proxy-instances';
import vpcTcpListenerProxyTls from './vpc-tcp-listener-proxy-tls';
import xksKeyIdFormat from './xks-key-id-format';
import xksKeyIdRequired from './xks-key-id-required';
import xksKeyIdUnique from './xks-key-id-unique';

export const planRules: readonly AnyRule[] = [
  accountIdFormat,
  alarmSnsTopic,
  customAlarmThreshold,
  customKeyStoreQuota,
  externalKeyBackups,
  hostNamesWellFormed,
  keyAttributesSupported,
  keyManagerAes256Gcm,
  keyManagerRedundantInstances,
  keyRotationNotAvailable,
  keyStoreNameLength,
  keyStoreNameNoSecrets,
  keyStoreNameUnique,
  keyStoreRequiredParameters,
  keyStoreTypeExternal,
  noHeaderRewritingToProxy,
  noSecretInPlan,
  planSchema,
  plannedKeyAliasUnique,
  plannedKeyDescriptionBytes,
  plannedKeyParametersFormat,
  plannedKeyTagAwsPrefix,
  proxyAcceptsTwoCredentials,
  proxyAccessKeyIdFormat,
  proxyAccessKeyIdNotIam,
  proxyCipherSuiteKeyType,
  proxyCipherSuites,
  proxyCircularDependency,
  proxyClockSynchronized,
  proxyConformanceTested,
  proxyMtlsClientName,
  proxyMtlsDeprecated,
  proxySamplePathPrefixLength,
  proxyTlsLegacyVersions,
  proxyTlsVersion,
  proxyUriEndpointFormat,
  proxyUriPathFormat,
  proxyUriPathMatchesProxy,
  proxyUriTotalLength,
  proxyUriUnique,
  publicEndpointFirewall443,
  publicEndpointForEvaluation,
  publicEndpointIpv4Routable,
  publicEndpointNoVpcClash,
  publicEndpointNoVpcServiceName,
  publicEndpointNoVpcServiceOwner,
  publicEndpointProxyTestedBeforeCreate,
  recommendedAlarmThresholds,
  recommendedAlarmsEnabled,
  regionSupportsExternalKeyStores,
  requestCapacity,
  requestCapacityLossOfOne,
  tlsCertificateExpiresSoon,
  tlsCertificateFullChain,
  tlsCertificateKeyType,
  tlsCertificateNameMatchesHost,
  tlsCertificateNameOnlyInSan,
  tlsCertificateRootCaExpiry,
  tlsCertificateRootCaListStale,
  tlsCertificateRootCaTrusted,
  tlsCertificateValidNow,
  tlsChainOrder,
  tlsChainSignatures,
  tlsChainUnparseable,
  trafficCloserRegion,
  trafficEstimatedRoundTrip,
  trafficProxyNearKeyManager,
  trafficRoundTripTime,
  trafficRoundTripTimeout,
  trafficStoreRequestQuota,
  vpcArnsInRegionPartition,
  vpcAvailabilityZoneNamesFormat,
  vpcAvailabilityZonesInRegion,
  vpcCidrNoKeyManagerOverlap,
  vpcComponentsIpv4,
  vpcDnsAttributes,
  vpcEndpointMatchesPrivateDnsName,
  vpcEndpointServiceAllowsKms,
  vpcEndpointServiceAllowsStoreAccount,
  vpcEndpointServiceInterface,
  vpcEndpointServiceNameFormat,
  vpcEndpointServiceNoAcceptance,
  vpcEndpointServiceNotInUse,
  vpcEndpointServiceOwnerFormat,
  vpcEndpointServicePrincipalFormat,
  vpcEndpointServiceSameRegion,
  vpcEndpointUnique,
  vpcListenerCertificateInRegion,
  vpcLoadBalancerTwoAzs,
  vpcNetworkLoadBalancer,
  vpcNoEmptyListRows,
  vpcNoPublicSubnets,
  vpcPrivateDnsName,
  vpcPrivateDnsVerificationDomain,
  vpcPrivateDnsVerified,
  vpcPrivateSubnetsTwoAzs,
  vpcReachesProxy,
  vpcTargetGroupHealthCheck,
  vpcTargetGroupSettings,
  vpcTargetGroupTwoTargets,
  vpcTargetPrivateAddress,
  vpcTargetsAreProxyInstances,
  vpcTcpListenerProxyTls,
  xksKeyIdFormat,
  xksKeyIdRequired,
  xksKeyIdUnique,
];

export const proxyConfigRules: readonly AnyRule[] = [
  proxyConfigCredentialFormat,
  proxyConfigFields,
  proxyConfigSecretStrength,
  proxyConfigUriPath,
];

export const allRules: readonly AnyRule[] = [...planRules, ...proxyConfigRules];
