/**
 * Benchmarks, one JSON object per line: timings as `{"name", "median_us", "runs"}`, sizes as
 * `{"name", "gzip_bytes", "budget_bytes"}`, share links as
 * `{"name", "link_characters", "plan_json_characters", "ratio"}`. Run with `npm run bench` (which builds the app and the
 * CLI first). Add a measurement by adding an entry to `benchmarks`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright';
import { checkDocument, checkPlan, isUnusable } from '../src/domain/check/check-document';
import { examplePlans } from '../src/domain/plan/examples';
import { parsePlan } from '../src/domain/plan/parse-plan';
import { buildReport } from '../src/domain/report/build-report';
import { printReportHtml } from '../src/domain/report/print-html';
import { encodePlanLink } from '../src/domain/share/share-codec';
import { analyseCertificateChain } from '../src/domain/tls/analyse-certificate-chain';
import { largePlan } from './lib/large-plan';
import { createTestPki, pemChain } from './lib/openssl-chains';

interface Measurement {
  readonly median_us: number;
  readonly runs: number;
}

interface SizeMeasurement {
  readonly gzip_bytes: number;
  readonly budget_bytes: number;
}

interface LinkMeasurement {
  readonly link_characters: number;
  readonly plan_json_characters: number;
  readonly ratio: number;
}

interface PageMeasurement {
  readonly a4_pages: number;
  readonly letter_pages: number;
  readonly target_pages: number;
}

interface Benchmark {
  readonly name: string;
  readonly measure: () =>
    | Measurement
    | SizeMeasurement
    | LinkMeasurement
    | Promise<Measurement>
    | Promise<PageMeasurement>;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `task` after a warm-up (so V8 has optimised it): at least `minRuns`, within a budget. */
function timeRepeatedly(
  task: () => void,
  {
    warmUp,
    minRuns,
    maxRuns,
    budgetMs,
  }: Record<'warmUp' | 'minRuns' | 'maxRuns' | 'budgetMs', number>,
): Measurement {
  for (let run = 0; run < warmUp; run++) task();
  const samples: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(budgetMs) * 1_000_000n;
  while (
    samples.length < minRuns ||
    (samples.length < maxRuns && process.hrtime.bigint() < deadline)
  ) {
    const start = process.hrtime.bigint();
    task();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return { median_us: Math.round(median(samples) * 10) / 10, runs: samples.length };
}

function checkDocumentBenchmark(name: string, document: unknown): Benchmark {
  // A document the checker refuses returns early and would measure nothing.
  if (isUnusable(checkDocument(document))) throw new Error(`${name}: document is unusable`);
  return {
    name: `checkDocument ${name}`,
    measure: () =>
      timeRepeatedly(() => checkDocument(document), {
        warmUp: 50,
        minRuns: 100,
        maxRuns: 5000,
        budgetMs: 2000,
      }),
  };
}

/** The command as a user runs it: a new Node.js process each time, start-up included. */
function spawnedCliBenchmark(exampleId: string): Benchmark {
  const check = () => {
    const result = spawnSync(
      process.execPath,
      ['bin/xks-planner.mjs', 'check', `examples/${exampleId}.json`],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`xks-planner check failed (${result.status}): ${result.stderr}`);
    }
  };
  return {
    name: `xks-planner check ${exampleId} (spawned)`,
    measure: () => timeRepeatedly(check, { warmUp: 1, minRuns: 10, maxRuns: 10, budgetMs: 0 }),
  };
}

/**
 * What the browser must download before the first screen works: the scripts, module preloads and
 * stylesheets that the built index.html names (chunks loaded on demand are not counted).
 */
function firstLoadBenchmark(): Benchmark {
  return {
    name: 'first load: JavaScript and CSS named by index.html',
    measure: () => {
      const dist = join(projectRoot, 'dist');
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
        (match) => match[1]!,
      );
      if (assets.length === 0)
        throw new Error('dist/index.html names no assets: run npm run build');
      const gzipBytes = [...new Set(assets)].reduce(
        (total, asset) => total + gzipSync(readFileSync(join(dist, asset))).length,
        0,
      );
      return { gzip_bytes: gzipBytes, budget_bytes: 150 * 1024 };
    },
  };
}

/** The CLI's npm package as `npm pack` makes it (the CLI is built first, so no script runs). */
function cliPackageBenchmark(): Benchmark {
  return {
    name: 'npm package of the CLI: tarball',
    measure: () => {
      const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
      if (pack.status !== 0) throw new Error(`npm pack failed (${pack.status}): ${pack.stderr}`);
      const [packed] = JSON.parse(pack.stdout) as { size: number }[];
      // The tarball is gzip-compressed: its size is what installing it downloads.
      return { gzip_bytes: packed!.size, budget_bytes: 400 * 1024 };
    },
  };
}

/** How long an example's share link token is, against its plan's JSON. */
function linkLengthBenchmark(id: string, document: unknown): Benchmark {
  return {
    name: `share link ${id}`,
    measure: () => {
      const plan = parsePlan(document as Record<string, unknown>).plan;
      const link = encodePlanLink(plan).length;
      const json = JSON.stringify(plan).length;
      return {
        link_characters: link,
        plan_json_characters: json,
        ratio: Math.round((link / json) * 1000) / 1000,
      };
    },
  };
}

/**
 * analyseCertificateChain (parse, fingerprints, two WebCrypto signature checks, trusted-list
 * match) on a leaf, an intermediate and a root made with openssl: RSA 2048 leaf, ECDSA P-256 CAs.
 */
function certificateChainBenchmark(): Benchmark {
  return {
    name: 'analyseCertificateChain three-certificate chain',
    measure: async () => {
      const pki = createTestPki();
      const root = pki.issue({ subject: '/O=Bench/CN=Bench Root', key: 'ec-p256', ca: true });
      const intermediate = pki.issue({
        subject: '/O=Bench/CN=Bench CA',
        key: 'ec-p256',
        ca: true,
        issuer: root,
      });
      const leaf = pki.issue({ subject: '/CN=myproxy.xks.example.com', issuer: intermediate });
      pki.dispose();
      const pem = pemChain(leaf, intermediate, root);
      const samples: number[] = [];
      for (let run = 0; run < 220; run++) {
        const start = process.hrtime.bigint();
        await analyseCertificateChain(pem);
        // The first 20 runs warm up V8 and are not counted.
        if (run >= 20) samples.push(Number(process.hrtime.bigint() - start) / 1000);
      }
      return { median_us: Math.round(median(samples) * 10) / 10, runs: samples.length };
    },
  };
}

/**
 * How many pages the readiness report of a ready example prints to, A4 and US Letter, in
 * Debian's Chromium: the downloaded HTML file, whose print styles match the page's.
 */
function reportPagesBenchmark(id: string, document: unknown): Benchmark {
  return {
    name: `report pages ${id}`,
    measure: async () => {
      const plan = parsePlan(document as Record<string, unknown>).plan;
      const now = new Date();
      const html = printReportHtml(buildReport(plan, checkPlan(plan, { now }), { now }));
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
      try {
        const page = await browser.newPage();
        await page.setContent(html);
        const pages = async (format: 'A4' | 'Letter') =>
          (await getDocument({ data: new Uint8Array(await page.pdf({ format })) }).promise)
            .numPages;
        return {
          a4_pages: await pages('A4'),
          letter_pages: await pages('Letter'),
          target_pages: 8,
        };
      } finally {
        await browser.close();
      }
    },
  };
}

const benchmarks: readonly Benchmark[] = [
  firstLoadBenchmark(),
  ...examplePlans.map((example) => linkLengthBenchmark(example.id, example.document)),
  ...examplePlans.map((example) => checkDocumentBenchmark(example.id, example.document)),
  checkDocumentBenchmark('large-plan (VPC, 50 keys, 9 other stores)', largePlan()),
  spawnedCliBenchmark('vpc-endpoint-service-ready'),
  cliPackageBenchmark(),
  certificateChainBenchmark(),
  ...examplePlans
    .filter((example) => example.verdict === 'ready')
    .map((example) => reportPagesBenchmark(example.id, example.document)),
];

for (const { name, measure } of benchmarks) {
  console.log(JSON.stringify({ name, ...(await measure()) }));
}
