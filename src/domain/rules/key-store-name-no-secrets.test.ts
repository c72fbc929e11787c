import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-store-name-no-secrets';

const ready = findExample('public-endpoint-ready')!.document;
const named = (CustomKeyStoreName: string | undefined) =>
  withPlan(ready, { keyStore: { CustomKeyStoreName } });
const path = '/keyStore/CustomKeyStoreName';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'a tokenization service', document: named('tokenization-service-xks') },
    {
      name: 'a long camel-case name',
      document: named('CustomerDataArchiveStoreForProduction2027Q1Eu'),
    },
    { name: 'a confidentiality label', document: named('confidential-data-xks') },
    { name: 'a short hex suffix', document: named('xks-3f9a2b') },
    { name: 'no name yet', document: named(undefined) },
  ],
  invalid: [
    {
      name: 'the proxy access key ID in the name',
      document: named('finance-be3qmvkahpj6z4oi2rqxf7tw'),
      errors: [{ messageId: 'access-key-id', path }],
    },
    {
      name: 'an IAM access key ID',
      document: named('xks AKIAIOSFODNN7EXAMPLE'),
      errors: [{ messageId: 'access-key-id', path }],
    },
    {
      name: 'a Base64 secret',
      document: named('xks-IOwM7sw17vUZTfhD3BQJzXCLeCmC67NSvouHP3Um5Rc='),
      errors: [{ messageId: 'random-string', path }],
    },
    {
      name: 'a hex key',
      document: named('xks-9f86d081884c7d659a2feaa0c55ad015'),
      errors: [{ messageId: 'random-string', path }],
    },
    {
      name: 'a password',
      document: named('finance-xks Password=hunter2'),
      errors: [{ messageId: 'secret-word', path }],
    },
    {
      name: 'an API key',
      document: named('finance-xks-api_key'),
      errors: [{ messageId: 'secret-word', path }],
    },
  ],
  unknown: {
    none: 'It judges the name when it is present; key-store-required-parameters reports a missing name (CreateCustomKeyStore requires one).',
  },
});
