/** Every reader of outside input, fed the fuzzer's hostile cases briefly (fixed seed). */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzReaders, type FuzzOutcome } from './lib/fuzz-readers';
import { createTestPki, pemChain } from '../src/testing/openssl-chains';

const pki = createTestPki();
afterAll(() => pki.dispose());
const root = pki.issue({ subject: '/CN=Fuzz Root', key: 'ec-p256', ca: true });
const leaf = pki.issue({ subject: '/CN=leaf.example.com', key: 'ec-p256', issuer: root });

describe.each(fuzzReaders(pemChain(leaf, root)).map((reader) => [reader.name, reader] as const))(
  'the %s reader',
  (_name, reader) => {
    it('refuses or accepts every hostile case, never crashing or changing a value', async () => {
      const outcomes: FuzzOutcome['kind'][] = [];
      await fc.assert(
        fc.asyncProperty(reader.cases, async (fuzzCase) => {
          const outcome = await reader.read(fuzzCase);
          expect(outcome).not.toHaveProperty('where');
          outcomes.push(outcome.kind);
        }),
        { numRuns: 150, seed: 13 },
      );
      // The cases reach both sides: a reader that refused everything would pass vacuously.
      expect(outcomes).toContain('refused');
      expect(outcomes).toContain('accepted');
    });
  },
);
