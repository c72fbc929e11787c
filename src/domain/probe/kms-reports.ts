/**
 * What AWS KMS reports when a proxy fails in the way a probe check saw: the ConnectionErrorCode of
 * the key store and the exception of CreateCustomKeyStore / CreateKey / the cryptographic call.
 * Every code here is one the error-code explainer (../explain/error-codes.ts) explains; a test
 * keeps them in step. The proxy's error names map as the XKS proxy API specification's "KMS
 * considerations" table says.
 */

export interface KmsReport {
  readonly connectionErrorCode?: string;
  readonly exception?: string;
}

export const kmsReports = {
  notReachable: {
    connectionErrorCode: 'XKS_PROXY_NOT_REACHABLE',
    exception: 'XksProxyUriUnreachableException',
  },
  timedOut: {
    connectionErrorCode: 'XKS_PROXY_TIMED_OUT',
    exception: 'XksProxyUriUnreachableException',
  },
  invalidTls: {
    connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION',
    exception: 'XksProxyUriUnreachableException',
  },
  invalidCredentials: {
    connectionErrorCode: 'INVALID_CREDENTIALS',
    exception: 'XksProxyIncorrectAuthenticationCredentialException',
  },
  invalidConfiguration: {
    connectionErrorCode: 'XKS_PROXY_INVALID_CONFIGURATION',
    exception: 'XksProxyInvalidConfigurationException',
  },
  invalidResponse: {
    connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE',
    exception: 'XksProxyInvalidResponseException',
  },
  accessDenied: { connectionErrorCode: 'XKS_PROXY_ACCESS_DENIED' },
  keyNotFound: { exception: 'XksKeyNotFoundException' },
  keyInvalidConfiguration: { exception: 'XksKeyInvalidConfigurationException' },
  keyInvalidState: { exception: 'KMSInvalidStateException' },
} as const satisfies Record<string, KmsReport>;

/**
 * What KMS makes of an error the proxy answered (`errorName` of the spec's error body) to a call
 * KMS expected to succeed. Unknown names, like a body that is not the spec's, are invalid answers.
 */
export function kmsReportForProxyError(errorName: string | undefined): KmsReport {
  switch (errorName) {
    case 'AuthenticationFailedException':
      return kmsReports.invalidCredentials;
    case 'InvalidUriPathException':
      return kmsReports.invalidConfiguration;
    case 'AccessDeniedException':
      return kmsReports.accessDenied;
    case 'ThrottlingException':
    case 'DependencyTimeoutException':
      return kmsReports.notReachable;
    case 'KeyNotFoundException':
      return kmsReports.keyNotFound;
    case 'InvalidStateException':
      return kmsReports.keyInvalidState;
    case 'InvalidKeyUsageException':
      return kmsReports.keyInvalidConfiguration;
    default:
      return kmsReports.invalidResponse;
  }
}
