import { defineRule } from '../engine/define-rule';
import { isProxyConfigPlaceholder, type ProxyConfigFile } from '../plan/proxy-config-file';
import { stringMember } from './support/config-file';
import { proxyApiSuffix, proxyUriPathProblem } from './support/proxy-uri-path';
import { apiReference, guide, proxyApiSpec } from './support/sources';

const path = ['XksProxyUriPath'];

export default defineRule<ProxyConfigFile, 'api-format' | 'not-v1' | 'placeholder'>({
  id: 'proxy-config-uri-path',
  target: 'proxy-config',
  severity: 'error',
  title: "The configuration file's XksProxyUriPath is a valid v1 path",
  description:
    'The console copies XksProxyUriPath from the proxy configuration file into the key store, so it must pass the same checks as the API parameter: 10 to 128 characters, an optional prefix of letters, digits, /, _ and -, then /kms/xks/v1 (the only proxy API version).',
  messages: {
    placeholder: {
      message:
        "The file's XksProxyUriPath is still XKS Planner's placeholder: the file is not complete, and KMS would refuse it.",
      fix: `Replace the placeholder with the path the proxy serves, ending in ${proxyApiSuffix}, then check the file again.`,
    },
    'api-format': {
      message: "The file's XksProxyUriPath {{problem}}.",
      fix: `Write / and an optional prefix followed by ${proxyApiSuffix}, e.g. /example-prefix${proxyApiSuffix}, exactly as the proxy serves it.`,
    },
    'not-v1': {
      message: `The file's XksProxyUriPath ends in {{version}}, but v1 is the only version of the XKS proxy API, so the path must end in ${proxyApiSuffix}.`,
      fix: `End the path in ${proxyApiSuffix} and make sure the proxy serves that path.`,
    },
  },
  reads: ['/XksProxyUriPath'],
  appliesTo: 'all',
  sources: [
    guide('create-xks-keystore.html#proxy-configuration-file'),
    guide('create-xks-keystore.html#require-path'),
    apiReference('API_CreateCustomKeyStore.html'),
    proxyApiSpec,
  ],
  facts: ['CFG-FIELDS', 'XKS-PATH-FORMAT', 'XKS-PATH-V1'],
  check(file, { report }) {
    const uriPath = stringMember(file, 'XksProxyUriPath');
    if (uriPath === undefined) return;
    if (isProxyConfigPlaceholder('XksProxyUriPath', uriPath)) {
      report({ messageId: 'placeholder', path });
      return;
    }
    const problem = proxyUriPathProblem(uriPath);
    if (problem?.kind === 'api-format') {
      report({ messageId: 'api-format', path, data: { problem: problem.detail } });
    } else if (problem?.kind === 'not-v1') {
      report({ messageId: 'not-v1', path, data: { version: problem.version } });
    }
  },
});
