import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label';

describe('sourceLabel', () => {
  it.each([
    [
      'https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keystore.html#require-endpoint',
      'AWS KMS Developer Guide: create-xks-keystore#require-endpoint',
    ],
    [
      'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html',
      'AWS KMS API Reference: API_CreateCustomKeyStore',
    ],
    [
      'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/xks_proxy_api_spec.md',
      'XKS Proxy API Specification',
    ],
    ['https://example.com/some/page.html', 'example.com/some/page.html'],
  ])('names %s', (url, label) => {
    expect(sourceLabel(url)).toBe(label);
  });
});
