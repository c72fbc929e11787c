/**
 * Benchmarks, one JSON object per line, each with its target where the project has one (README,
 * "Performance"; docs/performance.md explains each line). The first line gives the machine's
 * cores and load. Then timings as `{"name", "median_us", "runs", "target_us"}` (CPU time; the
 * engine's with `json_parse_us`, the same document's `JSON.parse` timed alike, as a gauge of how
 * fast the machine ran), the CLI as `{"name", "median_ms", "bare_node_median_ms", "ratio",
 * "target_ratio"}` and its largest input as `{"name", "cpu_seconds", "peak_rss_mb", …}`, sizes as
 * `{"name", "gzip_bytes", "budget_bytes", "target_bytes"}`, share links as
 * `{"name", "link_characters", "plan_json_characters", "ratio", "target_characters"}`, report
 * pages as `{"name", "a4_pages", "letter_pages", "target_pages"}`, typing as
 * `{"name", "steps": {step: {"field", "worst_ms", "keystrokes_over_target"}}, "keystrokes",
 * "keystrokes_over_target", "worst_ms", "target_ms"}` and its control line without `steps`
 * (`worst_ms` null: no keystroke took 16 ms, the least Event Timing reports), Lighthouse as
 * `{"name", "pages": {path: {category scores, "fcp_ms", "lcp_ms", "tbt_ms", "runs"}}, "target_score",
 * "target_lcp_ms"}` (the run of median performance; `runs`: each run's score and timings). Run with
 * `npm run bench` (which builds the app and the CLI first); `npm run bench -- <text>` runs only
 * those whose name contains <text>. Add a measurement by adding an entry to `benchmarks`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Locator, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { checkPlan } from '../src/domain/check/check-document';
import type { EngineMeasurement } from './lib/bench-engine';
import { chromiumLaunchOptions } from './lib/chromium';
import { examplePlans } from '../src/domain/plan/examples';
import { parsePlan } from '../src/domain/plan/parse-plan';
import { buildReport } from '../src/domain/report/build-report';
import { printReportHtml } from '../src/domain/report/print-html';
import { encodePlanLink } from '../src/domain/share/share-codec';
import { analyseCertificateChain } from '../src/domain/tls/analyse-certificate-chain';
import { largePlan } from './lib/large-plan';
import { median } from './lib/median';
import type { Plan } from '../src/domain/plan/plan-schema';
import { createTestPki, pemChain } from '../src/testing/openssl-chains';
import { serveBuild } from './lib/serve-build';
import { appShownMark } from '../src/app/app-shown-mark';
import { storageKey } from '../src/features/wizard/plan-storage';
import { stepIds } from '../src/features/wizard/step-ids';

interface Measurement {
  readonly median_us: number;
  readonly runs: number;
  readonly target_us?: number;
}

interface SizeMeasurement {
  readonly gzip_bytes: number;
  readonly budget_bytes: number;
  readonly target_bytes?: number;
}

interface LinkMeasurement {
  readonly link_characters: number;
  readonly plan_json_characters: number;
  readonly ratio: number;
  readonly target_characters?: number;
}

interface PairedMeasurement {
  readonly median_ms: number;
  readonly bare_node_median_ms: number;
  readonly ratio: number;
  readonly target_ratio: number;
  readonly pairs: number;
}

interface PageMeasurement {
  readonly a4_pages: number;
  readonly letter_pages: number;
  readonly target_pages: number;
}

interface LargeInputMeasurement {
  readonly bytes: number;
  readonly cpu_seconds: Readonly<Record<string, number>>;
  readonly wall_seconds: Readonly<Record<string, number>>;
  readonly peak_rss_mb: Readonly<Record<string, number>>;
  readonly target_seconds: number;
  readonly target_rss_mb: number;
}

/** Keystrokes typed, how many took longer than the target, and the longest (null: none ≥ 16 ms). */
interface TypingMeasurement {
  readonly keystrokes: number;
  readonly keystrokes_over_target: number;
  readonly worst_ms: number | null;
  readonly target_ms: number;
}

/** The typing line: all steps together, to read beside the control line, and each step. */
interface StepsTypingMeasurement extends TypingMeasurement {
  /** Per step, the field typed into, its longest Event Timing entry and its slow keystrokes. */
  readonly steps: Readonly<Record<string, TypedField & { readonly field: string }>>;
}

/** One Lighthouse run: the four category scores (0–100), FCP, LCP and total blocking time. */
interface LighthouseRun {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly best_practices: number | null;
  readonly seo: number | null;
  readonly fcp_ms: number | null;
  readonly lcp_ms: number | null;
  readonly tbt_ms: number | null;
}

/** What explains a run's performance score: its score and the timings that move it most here. */
type LighthouseRunTimings = Pick<LighthouseRun, 'performance' | 'fcp_ms' | 'lcp_ms' | 'tbt_ms'>;

interface LighthouseMeasurement {
  /** Per path, the run of median performance, with every run's score and timings in run order. */
  readonly pages: Readonly<
    Record<string, LighthouseRun & { readonly runs: readonly LighthouseRunTimings[] }>
  >;
  readonly target_score: number;
  readonly target_lcp_ms: number;
}

interface Benchmark {
  readonly name: string;
  readonly measure: () =>
    | Measurement
    | SizeMeasurement
    | LinkMeasurement
    | PairedMeasurement
    | LargeInputMeasurement
    | Promise<Measurement>
    | Promise<PageMeasurement>
    | Promise<SizeMeasurement>
    | Promise<TypingMeasurement>
    | Promise<StepsTypingMeasurement>
    | Promise<LighthouseMeasurement>;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The engine bundled as the CLI and the app ship it, with its timing (scripts/lib/bench-engine.ts),
 * under the CLI's build settings. Built in a child process: CPU time is measured for this whole
 * process, and the bundler's threads would be counted in it. Removed when the bench ends.
 */
function bundledEngine(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'xks-bench-engine-'));
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [
      ...[vite, 'build', '--config', 'vite.cli.config.ts'],
      ...['--ssr', 'scripts/lib/bench-engine.ts', '--outDir', outDir, '--logLevel', 'error'],
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`building the engine bundle failed: ${built.stderr}`);
  return pathToFileURL(join(outDir, 'xks-planner.mjs')).href;
}

const engineBundle = bundledEngine();

/**
 * Runs one timing of the bundled engine in a worker of its own: V8 then optimises the engine for
 * that document alone, as in a CLI run or a wizard session. In one thread, checks of the other
 * examples first left the code the large plan ran through slower (about 160–270 µs against 125
 * for its full check).
 */
async function timeInWorker(
  timing: 'timeFullCheck' | 'timeIncrementalCheck',
  document: unknown,
): Promise<EngineMeasurement> {
  const worker = new Worker(
    `import(${JSON.stringify(engineBundle)}).then((engine) => {
      const { parentPort, workerData } = require('node:worker_threads');
      parentPort.postMessage(engine[workerData.timing](workerData.document));
    });`,
    { eval: true, workerData: { timing, document } },
  );
  try {
    const [measurement] = (await once(worker, 'message')) as [EngineMeasurement];
    return measurement;
  } finally {
    await worker.terminate();
  }
}

function checkDocumentBenchmark(name: string, document: unknown, targetUs?: number): Benchmark {
  return {
    name: `checkDocument ${name}`,
    measure: async () => ({
      ...(await timeInWorker('timeFullCheck', document)),
      ...(targetUs !== undefined && { target_us: targetUs }),
    }),
  };
}

/** The incremental check as the wizard makes it while typing (see timeIncrementalCheck). */
function incrementalCheckBenchmark(name: string, document: Plan, targetUs: number): Benchmark {
  return {
    name: `createDocumentChecker ${name}: incremental check after typing one character`,
    measure: async () => ({
      ...(await timeInWorker('timeIncrementalCheck', document)),
      target_us: targetUs,
    }),
  };
}

/** Wall-clock milliseconds of one run of a new Node.js process with `args`. */
function spawnMs(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return elapsed;
}

/**
 * The command as a user runs it (a new Node.js process, start-up included) against a bare
 * `node -e 0`, in pairs run back to back, so that the ratio holds on a busy or slow machine.
 */
function spawnedCliBenchmark(exampleId: string): Benchmark {
  return {
    name: `xks-planner check ${exampleId} (spawned) against node -e 0`,
    measure: () => {
      const cli = ['bin/xks-planner.mjs', 'check', `examples/${exampleId}.json`];
      spawnMs(cli);
      const cliMs: number[] = [];
      const nodeMs: number[] = [];
      const ratios: number[] = [];
      for (let pair = 0; pair < 15; pair++) {
        const bare = spawnMs(['-e', '0']);
        const check = spawnMs(cli);
        nodeMs.push(bare);
        cliMs.push(check);
        ratios.push(check / bare);
      }
      const round = (value: number, places: number) => Number(value.toFixed(places));
      return {
        median_ms: round(median(cliMs), 1),
        bare_node_median_ms: round(median(nodeMs), 1),
        ratio: round(median(ratios), 2),
        target_ratio: 2,
        pairs: ratios.length,
      };
    },
  };
}

/**
 * Records the CPU time (µs) and peak memory (KB) of a Node.js process on its file descriptor 3 as
 * it exits: CPU time, unlike wall time, hardly depends on what else the machine runs.
 */
const recordResourceUsage = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const usage = process.resourceUsage(); writeSync(3, JSON.stringify([usage.userCPUTime + usage.systemCPUTime, usage.maxRSS])); });",
)}`;

/**
 * The largest input the CLI accepts, for each output format: a plan just under the 5 MB and the
 * 50,000-value limits, every value an unknown field (issue 13: such a file took 16.9 s and
 * 1.27 GB; the target is 2 s and 300 MB). CPU and wall time and peak resident memory of one run
 * each.
 */
function largeInputCliBenchmark(): Benchmark {
  return {
    name: 'xks-planner check of the largest input accepted (spawned)',
    measure: () => {
      const fields = Array.from({ length: 49_000 }, (_, index) => [
        `field${index}`,
        'x'.repeat(90),
      ]);
      const text = JSON.stringify({ version: 1, keyStore: Object.fromEntries(fields) });
      const directory = mkdtempSync(join(tmpdir(), 'xks-bench-'));
      const file = join(directory, 'large.json');
      writeFileSync(file, text);
      const cpuSeconds: Record<string, number> = {};
      const wallSeconds: Record<string, number> = {};
      const peakRssMb: Record<string, number> = {};
      try {
        for (const format of ['text', 'json', 'sarif']) {
          const start = process.hrtime.bigint();
          const result = spawnSync(
            process.execPath,
            [
              '--import',
              recordResourceUsage,
              'bin/xks-planner.mjs',
              'check',
              file,
              '--format',
              format,
            ],
            { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
          );
          const wall = Number(process.hrtime.bigint() - start) / 1e9;
          if (result.status !== 1) {
            throw new Error(`check --format ${format} exited ${result.status}: ${result.stderr}`);
          }
          const [cpuMicroseconds, maxRssKb] = JSON.parse(String(result.output[3])) as number[];
          cpuSeconds[format] = Number((cpuMicroseconds! / 1e6).toFixed(2));
          wallSeconds[format] = Number(wall.toFixed(2));
          peakRssMb[format] = Math.round(maxRssKb! / 1024);
        }
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
      return {
        bytes: Buffer.byteLength(text),
        cpu_seconds: cpuSeconds,
        wall_seconds: wallSeconds,
        peak_rss_mb: peakRssMb,
        target_seconds: 2,
        target_rss_mb: 300,
      };
    },
  };
}

/**
 * What the browser must download before the start page works: the scripts and stylesheets it
 * requested until the app had rendered over the pre-rendered page (start-app.tsx marks it) (whatever is requested after,
 * such as the rule engine and the other steps, is not counted).
 */
function firstLoadBenchmark(): Benchmark {
  return {
    name: 'first load: JavaScript and CSS the start page loads until the app has taken over',
    measure: async () => {
      const dist = join(projectRoot, 'dist');
      const server = await serveBuild();
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/`);
        await page.waitForFunction(
          (mark) => performance.getEntriesByName(mark).length > 0,
          appShownMark,
          { timeout: 30_000 },
        );
        const requested = await page.evaluate((mark) => {
          const shownAt = performance.getEntriesByName(mark)[0]!.startTime;
          return performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime <= shownAt)
            .map((entry) => new URL(entry.name).pathname);
        }, appShownMark);
        const assets = new Set(
          requested
            .filter((path) => /^\/assets\/.+\.(?:js|css)$/.test(path))
            .map((path) => path.slice(1)),
        );
        // Gzipped as a web server sends them: what the page had to download before it was usable.
        const gzipBytes = [...assets].reduce(
          (total, asset) => total + gzipSync(readFileSync(join(dist, asset))).length,
          0,
        );
        return { gzip_bytes: gzipBytes, budget_bytes: 120 * 1024, target_bytes: 120 * 1024 };
      } finally {
        await browser.close();
        await server.close();
      }
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
/** The link the performance targets name: the ready VPC example's, at most 1,200 characters. */
const linkTargets: Readonly<Record<string, number>> = { 'vpc-endpoint-service-ready': 1200 };

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
        ...(linkTargets[id] !== undefined && { target_characters: linkTargets[id] }),
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
      const browser = await chromium.launch(chromiumLaunchOptions);
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

/** Records the page's Event Timing entries of 16 ms or more (the least the API reports). */
function observeSlowEvents() {
  const slow: { name: string; startTime: number; duration: number }[] = [];
  Object.assign(window, { slowEvents: slow });
  new PerformanceObserver((list) => {
    for (const { name, startTime, duration } of list.getEntries()) {
      slow.push({ name, startTime, duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

const typingTargetMs = 16;

/**
 * How many keystrokes had an event longer than `targetMs`. The events of one keystroke (keydown,
 * keypress, input) start within a few milliseconds of each other, and keystrokes 100 ms apart.
 */
function keystrokesOver(
  entries: readonly { startTime: number; duration: number }[],
  targetMs: number,
): number {
  const starts = entries
    .filter((entry) => entry.duration > targetMs)
    .map((entry) => entry.startTime)
    .sort((a, b) => a - b);
  return starts.filter((start, index) => index === 0 || start - starts[index - 1]! > 50).length;
}

const typedText = 'abcdefghijklmnopqrst';

/** One field's typing (typeInto). */
type TypedField = Pick<TypingMeasurement, 'worst_ms' | 'keystrokes_over_target'>;

/** The keystrokes of several fields' typing together. */
function typingTotals(typed: readonly TypedField[]): TypingMeasurement {
  const worst = Math.max(0, ...typed.map((field) => field.worst_ms ?? 0));
  return {
    keystrokes: typed.length * typedText.length,
    keystrokes_over_target: typed.reduce((sum, field) => sum + field.keystrokes_over_target, 0),
    worst_ms: worst === 0 ? null : worst,
    target_ms: typingTargetMs,
  };
}

/**
 * Clicks `field` and types 20 characters into it, 100 ms apart as a quick typist; the longest Event
 * Timing duration of those keystrokes (input to the next paint, the browser's own measurement; null
 * when none reached 16 ms) and how many took longer than the target. The page must have run
 * observeSlowEvents.
 */
async function typeInto(page: Page, field: Locator): Promise<TypedField> {
  const start = await page.evaluate(() => performance.now());
  await field.click();
  await field.pressSequentially(typedText, { delay: 100 });
  // Entries are reported after the next paint; give the last keystroke time to land.
  await page.waitForTimeout(1000);
  const entries = await page.evaluate(
    (since) =>
      (
        window as unknown as {
          slowEvents: { name: string; startTime: number; duration: number }[];
        }
      ).slowEvents
        // The keystrokes' events, not the click that focused the field.
        .filter((entry) => entry.startTime >= since && /^(key|input)/.test(entry.name)),
    start,
  );
  const durations = entries.map((entry) => entry.duration);
  return {
    worst_ms: durations.length === 0 ? null : Math.max(...durations),
    keystrokes_over_target: keystrokesOver(entries, typingTargetMs),
  };
}

/** Pages of the control line: 30 of 20 keystrokes, for a rate rather than a single run's luck. */
const floorPages = 30;

/**
 * The same typing into a page that holds nothing but one text input, in the same browser: what
 * this machine's Chromium takes without the app. A keystroke over the target here is the
 * machine's (its timer, its software compositing), not the app's; the app's line is read beside it.
 */
function typingFloorBenchmark(): Benchmark {
  return {
    name: `typing into a bare page with one input, ${floorPages * typedText.length} keystrokes (control for the line above)`,
    measure: async () => {
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const typed: TypedField[] = [];
        for (let run = 0; run < floorPages; run++) {
          const page = await browser.newPage();
          await page.setContent(
            '<!doctype html><title>Control</title><main><label>Name <input type="text"></label></main>',
          );
          await page.evaluate(observeSlowEvents);
          typed.push(await typeInto(page, page.getByLabel('Name')));
          await page.close();
        }
        return typingTotals(typed);
      } finally {
        await browser.close();
      }
    },
  };
}

/**
 * Typing on the large plan in the production build: on each wizard step with a text field, into
 * its first one (typeInto).
 */
function typingBenchmark(): Benchmark {
  return {
    name: 'typing on each wizard step, large plan (worst Event Timing per keystroke)',
    measure: async () => {
      const saved = { revision: 1, tabId: 'bench', savedAt: new Date().toISOString() };
      const stored = JSON.stringify({ ...saved, plan: largePlan() });
      const server = await serveBuild();
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const steps: Record<string, StepsTypingMeasurement['steps'][string]> = {};
        for (const step of stepIds) {
          const page = await browser.newPage();
          await page.addInitScript(
            ([key, value]) => window.localStorage.setItem(key!, value!),
            [storageKey, stored],
          );
          await page.addInitScript(observeSlowEvents);
          await page.goto(`${server.origin}/plan/${step}`, { waitUntil: 'networkidle' });
          const field = page
            .locator('main :is(input[type="text"], input:not([type]), textarea)')
            .and(page.locator(':not([readonly]):not([disabled])'))
            .filter({ visible: true })
            .first();
          // Wait for the app to take over the pre-rendered page and for the lazily loaded step:
          // a step that is still loading has no field yet, and would be skipped unnoticed.
          await page.locator('#root:not([inert])').waitFor({ timeout: 30_000 });
          await page
            .getByText('Loading this step…')
            .waitFor({ state: 'detached', timeout: 30_000 });
          // Start, connectivity, review and export have no text field to type into.
          if ((await field.count()) === 0) {
            await page.close();
            continue;
          }
          const label =
            (await field.getAttribute('aria-label')) ??
            (await field.evaluate(
              (element) =>
                (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? element.id,
            ));
          const typed = await typeInto(page, field);
          steps[step] = { field: label, ...typed };
          await page.close();
        }
        return { steps, ...typingTotals(Object.values(steps)) };
      } finally {
        await browser.close();
        await server.close();
      }
    },
  };
}

/** Lighthouse runs per page: a run's scores swing with what the machine does meanwhile. */
const lighthouseRuns = 3;

/**
 * Lighthouse 12.2.3 (its default: the mobile preset, simulated throttling) in Debian's Chromium,
 * launched with the flags every tool here uses, on pages of the production build served locally.
 * Each page is run `lighthouseRuns` times and the run of median performance is reported, as
 * Lighthouse's documentation advises against variability, with every run's performance beside it.
 */
function lighthouseBenchmark(paths: readonly string[]): Benchmark {
  return {
    name: `lighthouse ${paths.join(' ')}, median of ${lighthouseRuns} runs`,
    measure: async () => {
      const server = await serveBuild();
      const browser = await chromeLauncher.launch({
        chromePath: chromiumLaunchOptions.executablePath,
        chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
      });
      try {
        const pages: Record<string, LighthouseMeasurement['pages'][string]> = {};
        for (const path of paths) {
          const runs: LighthouseRun[] = [];
          for (let run = 0; run < lighthouseRuns; run++) {
            runs.push(await lighthouseRun(`${server.origin}${path}`, browser.port));
          }
          const byPerformance = runs.toSorted(
            (a, b) => (a.performance ?? -1) - (b.performance ?? -1),
          );
          pages[path] = {
            ...byPerformance[Math.floor(lighthouseRuns / 2)]!,
            runs: runs.map(({ performance, fcp_ms, lcp_ms, tbt_ms }) => ({
              performance,
              fcp_ms,
              lcp_ms,
              tbt_ms,
            })),
          };
        }
        return { pages, target_score: 100, target_lcp_ms: 1500 };
      } finally {
        browser.kill();
        await server.close();
      }
    },
  };
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, logLevel: 'error' });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`lighthouse on ${url}: ${runtimeError.message}`);
  const score = (id: string) => {
    const value = categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const milliseconds = (id: string) => {
    const value = audits[id]?.numericValue;
    return value === undefined ? null : Math.round(value);
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    best_practices: score('best-practices'),
    seo: score('seo'),
    fcp_ms: milliseconds('first-contentful-paint'),
    lcp_ms: milliseconds('largest-contentful-paint'),
    tbt_ms: milliseconds('total-blocking-time'),
  };
}

const benchmarks: readonly Benchmark[] = [
  firstLoadBenchmark(),
  ...examplePlans.map((example) => linkLengthBenchmark(example.id, example.document)),
  ...examplePlans.map((example) => checkDocumentBenchmark(example.id, example.document)),
  checkDocumentBenchmark('large-plan (VPC, 50 keys, 9 other stores), full check', largePlan(), 100),
  incrementalCheckBenchmark('large-plan (VPC, 50 keys, 9 other stores)', largePlan(), 100),
  spawnedCliBenchmark('vpc-endpoint-service-ready'),
  largeInputCliBenchmark(),
  cliPackageBenchmark(),
  certificateChainBenchmark(),
  ...examplePlans
    .filter((example) => example.verdict === 'ready')
    .map((example) => reportPagesBenchmark(example.id, example.document)),
  typingBenchmark(),
  typingFloorBenchmark(),
  lighthouseBenchmark(['/', '/plan/network', '/report']),
];

// Timings on a shared machine depend on what else runs: the first line says how busy it was.
console.log(
  JSON.stringify({
    name: 'machine',
    cores: availableParallelism(),
    load_average_1min: Number(loadavg()[0]!.toFixed(1)),
  }),
);

// `npm run bench -- <text>` runs only the benchmarks whose name contains <text>.
const only = process.argv[2];
for (const { name, measure } of benchmarks) {
  if (only !== undefined && !name.includes(only)) continue;
  console.log(JSON.stringify({ name, ...(await measure()) }));
}
