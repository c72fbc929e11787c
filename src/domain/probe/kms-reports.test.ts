import { describe, expect, it } from 'vitest';
import { findErrorCode } from '../explain/error-codes';
import { kmsReportForProxyError, kmsReports } from './kms-reports';

describe('kmsReports', () => {
  it.each(Object.entries(kmsReports))('%s names codes the explainer explains', (_, report) => {
    if ('connectionErrorCode' in report) {
      expect(findErrorCode(report.connectionErrorCode)?.kind).toBe('connection-error');
    }
    if ('exception' in report) {
      expect(findErrorCode(report.exception)?.kind).toMatch(/exception$/);
    }
  });

  it.each([
    ['AuthenticationFailedException', kmsReports.invalidCredentials],
    ['InvalidUriPathException', kmsReports.invalidConfiguration],
    ['AccessDeniedException', kmsReports.accessDenied],
    ['ThrottlingException', kmsReports.notReachable],
    ['DependencyTimeoutException', kmsReports.notReachable],
    ['ValidationException', kmsReports.invalidResponse],
    ['InternalException', kmsReports.invalidResponse],
    ['KeyNotFoundException', kmsReports.keyNotFound],
    [undefined, kmsReports.invalidResponse],
  ])('the proxy error %s reads to KMS as %j', (errorName, report) => {
    expect(kmsReportForProxyError(errorName)).toEqual(report);
  });
});
