/**
 * `npm run fuzz`: feeds every reader of outside input (scripts/lib/fuzz-readers.ts) hostile cases
 * for a bounded time and prints, per reader, the cases, refused, accepted, crashes, silently
 * changed results and the slowest case. Exits 1 if any reader crashed or changed a result.
 * Options: `--cases N` per reader (default 10,000), `--seconds S` per reader at most (default
 * 300), `--seed N` (default 13; the same seed gives the same cases), `--reader TEXT` (only the
 * readers whose name contains it).
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzReaders, type FuzzCase, type FuzzReader } from './lib/fuzz-readers';
import { createTestPki, pemChain } from '../src/testing/openssl-chains';

interface Tally {
  cases: number;
  refused: number;
  accepted: number;
  crashes: number;
  changed: number;
  slowestMs: number;
  firstProblem?: string;
}

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '300' },
    seed: { type: 'string', default: '13' },
    reader: { type: 'string', default: '' },
  },
});
const numRuns = Number(values.cases);
const seconds = Number(values.seconds);
const seed = Number(values.seed);

/** A short, printable account of a case, for the first problem of a reader. */
const describeCase = (fuzzCase: FuzzCase) =>
  `${JSON.stringify(fuzzCase.text.slice(0, 120))}${fuzzCase.text.length > 120 ? ` … (${fuzzCase.text.length} characters)` : ''}`;

async function fuzz(reader: FuzzReader): Promise<Tally> {
  const tally: Tally = { cases: 0, refused: 0, accepted: 0, crashes: 0, changed: 0, slowestMs: 0 };
  await fc.assert(
    fc.asyncProperty(reader.cases, async (fuzzCase) => {
      tally.cases++;
      const started = performance.now();
      try {
        const outcome = await reader.read(fuzzCase);
        tally[outcome.kind]++;
        if (outcome.kind === 'changed') {
          tally.firstProblem ??= `changed at ${outcome.where}: ${describeCase(fuzzCase)}`;
        }
      } catch (error) {
        tally.crashes++;
        tally.firstProblem ??= `crash ${String(error).slice(0, 200)}: ${describeCase(fuzzCase)}`;
      }
      tally.slowestMs = Math.max(tally.slowestMs, performance.now() - started);
    }),
    {
      numRuns,
      seed,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
      endOnFailure: true,
    },
  );
  return tally;
}

const pki = createTestPki();
const root = pki.issue({ subject: '/CN=Fuzz Root', key: 'ec-p256', ca: true });
const leaf = pki.issue({
  subject: '/CN=myproxy.xks.example.com',
  key: 'ec-p256',
  issuer: root,
  dnsNames: ['myproxy.xks.example.com'],
});
pki.dispose();

let failed = false;
console.log(
  'reader                            cases  refused  accepted  crashes  changed  slowest',
);
const readers = fuzzReaders(pemChain(leaf, root)).filter((reader) =>
  reader.name.toLowerCase().includes(values.reader.toLowerCase()),
);
if (readers.length === 0) {
  console.error(`fuzz: no reader's name contains "${values.reader}".`);
  process.exit(2);
}
for (const reader of readers) {
  const tally = await fuzz(reader);
  failed ||= tally.crashes > 0 || tally.changed > 0;
  console.log(
    [
      reader.name.padEnd(32),
      String(tally.cases).padStart(6),
      String(tally.refused).padStart(8),
      String(tally.accepted).padStart(9),
      String(tally.crashes).padStart(8),
      String(tally.changed).padStart(8),
      `${tally.slowestMs.toFixed(0)} ms`.padStart(8),
    ].join(' '),
  );
  if (tally.firstProblem) console.log(`  first problem: ${tally.firstProblem}`);
}
process.exitCode = failed ? 1 : 0;
