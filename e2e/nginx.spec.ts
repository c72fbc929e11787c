/**
 * deploy/nginx.conf, run by Debian's nginx over the build on a loopback port: the app's paths,
 * the headers, the caching, and what an unknown path gets. The port is E2E_NGINX_PORT, else 100
 * above E2E_PORT, so that parallel runs on one machine stay apart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicyHeader } from '../src/app/content-security-policy';
import { copyLink, planStorageKey, seedExample, stepHeading } from './wizard-support';

const nginxBinary = '/usr/sbin/nginx';
const port = Number(process.env.E2E_NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 100);
const origin = `http://127.0.0.1:${port}`;
const dist = resolve(process.env.E2E_DIST ?? 'dist');

/** The host name of a second copy of the site that uses the commented robots.txt opt-out. */
const optedOutHost = 'opted-out.invalid';
const robotsOptOut =
  /^(\s*)# (location = \/robots\.txt \{ default_type text\/plain; return 200 "User-agent: \*\\nDisallow: \/\\n"; \})$/m;

/** deploy/nginx.conf with only the lines named changed, each found exactly once. */
function editedSite(site: string, replacements: readonly [RegExp, string][]): string {
  return replacements.reduce((text, [line, replacement]) => {
    if (!line.test(text)) throw new Error(`deploy/nginx.conf no longer has the line ${line}`);
    return text.replace(line, replacement);
  }, site);
}

/**
 * deploy/nginx.conf with its `listen` and `root` lines changed; then the same site once more,
 * answering `optedOutHost` only, with the robots.txt opt-out line uncommented.
 */
function siteConfiguration(): string {
  const site = editedSite(readFileSync('deploy/nginx.conf', 'utf8'), [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root \/var\/www\/xks-planner;$/m, `$1root "${dist}";`],
  ]);
  // Only the server block: the map before it may be defined once.
  const optedOut = editedSite(site.slice(site.indexOf('server {')), [
    [/^(\s*)listen (.*);$/m, `$1listen $2;\n$1server_name ${optedOutHost};`],
    [robotsOptOut, '$1$2'],
  ]);
  return `${site}\n${optedOut}`;
}

/** The main configuration around the site, as /etc/nginx/nginx.conf is, but all in `folder`. */
function mainConfiguration(folder: string): string {
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${folder}/client-body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/site.conf;
}
`;
}

test.describe.configure({ mode: 'serial' });

let nginx: ChildProcess | undefined;
let folder = '';

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'xks-planner-nginx-'));
  writeFileSync(join(folder, 'site.conf'), siteConfiguration());
  writeFileSync(join(folder, 'nginx.conf'), mainConfiguration(folder));
  const started = spawn(
    nginxBinary,
    [
      '-p',
      folder,
      '-c',
      join(folder, 'nginx.conf'),
      '-e',
      join(folder, 'error.log'),
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  nginx = started;
  let output = '';
  started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const failed = new Promise<never>((_, reject) => {
    started.on('error', (error) =>
      reject(new Error(`cannot start ${nginxBinary}: ${error.message}`)),
    );
    started.on('exit', (code) => {
      const log = readFileSync(join(folder, 'error.log'), { encoding: 'utf8', flag: 'a+' });
      reject(new Error(`nginx exited (${code}): ${output}${log}`));
    });
  });
  const listening = (async () => {
    for (;;) {
      try {
        await fetch(`${origin}/`);
        return;
      } catch {
        await new Promise((resume) => setTimeout(resume, 100));
      }
    }
  })();
  await Promise.race([listening, failed]);
});

test.afterAll(async () => {
  if (nginx?.exitCode === null) {
    const exited = new Promise((resume) => nginx!.once('exit', resume));
    nginx.kill('SIGTERM');
    await exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** Fails the test on any console error, e.g. something the header's policy blocked. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('deep links to every page of the app load, under the header policy', async ({ page }) => {
  const problems = collectProblems(page);
  await seedExample(page, 'vpc-endpoint-service-ready');
  const pages = [
    ['/', stepHeading(page, 'Start')],
    ['/plan/network', stepHeading(page, 'Network')],
    ['/plan/review/', stepHeading(page, 'Review')],
    ['/check', page.getByRole('textbox', { name: 'Plan or proxy configuration file (JSON)' })],
    ['/report', page.getByRole('heading', { level: 2, name: 'Rules' })],
    ['/explain', page.getByRole('heading', { level: 2, name: 'Explain an error code' })],
    [
      '/explain/XKS_PROXY_TIMED_OUT',
      page.getByRole('heading', { level: 2, name: /XKS_PROXY_TIMED_OUT/ }),
    ],
  ] as const;
  for (const [path, shown] of pages) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    // The report renders every rule: on a busy machine that takes longer than the default 5 s.
    await expect(shown, path).toBeVisible({ timeout: 20_000 });
  }
  expect(problems).toEqual([]);
});

test("each page is answered with its pre-rendered file, showing that page's text", async ({
  request,
}) => {
  const answers: [path: string, status: number, text: string][] = [
    ['/', 200, 'How do you want to start?'],
    ['/plan', 200, 'How do you want to start?'],
    ['/plan/network', 200, '<h2 id="step-heading" tabindex="-1">Network</h2>'],
    ['/plan/review/', 200, '<h2 id="step-heading" tabindex="-1">Review</h2>'],
    ['/plan/nonsense', 200, 'Page not found'],
    ['/check', 200, 'Choose an example plan or paste your own.'],
    ['/report/', 200, 'No plan yet'],
    ['/explain', 200, 'What an external key store ConnectionErrorCode or exception means'],
    ['/explain/XKS_PROXY_TIMED_OUT', 200, 'The proxy or the key manager cannot keep up'],
    [
      '/explain/NO_SUCH_CODE',
      200,
      'What an external key store ConnectionErrorCode or exception means',
    ],
    ['/no/such/page', 404, 'Page not found'],
  ];
  for (const [path, status, text] of answers) {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(status);
    expect(await response.text(), path).toContain(text);
  }
});

test('a reload on /plan/network gets the app again, on that step', async ({ page }) => {
  await seedExample(page, 'vpc-endpoint-service-ready');
  await page.goto(`${origin}/plan/network`);
  await expect(stepHeading(page, 'Network')).toBeVisible();
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(stepHeading(page, 'Network')).toBeVisible();
  expect(page.url()).toBe(`${origin}/plan/network`);
});

test('a share link copied on the hosted planner opens there in another browser', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedExample(page, 'vpc-cross-account');
  await page.goto(`${origin}/plan/review`);
  const link = await copyLink(page);
  expect(link).toMatch(new RegExp(`^${origin}/plan/review#plan=3\\.[\\w-]+$`));

  const elsewhere = await browser.newContext();
  const recipient = await elsewhere.newPage();
  const response = await recipient.goto(link);
  expect(response?.status()).toBe(200);
  await expect(stepHeading(recipient, 'Review')).toBeVisible();
  await expect
    .poll(() => recipient.evaluate((key) => localStorage.getItem(key), planStorageKey))
    .toContain('"CustomKeyStoreName":"workload-xks"');
  await elsewhere.close();
});

test('every answer carries the security headers, and only hashed assets are cached', async ({
  request,
}) => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(js|css))"/g)];
  expect(assets.length).toBeGreaterThan(0);
  const contentTypes = { js: 'application/javascript', css: 'text/css' };
  const answers: [path: string, status: number, contentType: string, cacheControl: string][] = [
    ['/plan/network', 200, 'text/html', 'no-cache'],
    ['/index.html', 200, 'text/html', 'no-cache'],
    ['/plan.schema.json', 200, 'application/json', 'no-cache'],
    ['/robots.txt', 200, 'text/plain', 'no-cache'],
    ['/no/such/page', 404, 'text/html', 'no-cache'],
    ...assets.map(([, path, kind]): [string, number, string, string] => [
      path!,
      200,
      contentTypes[kind as keyof typeof contentTypes],
      'public, max-age=31536000, immutable',
    ]),
  ];
  for (const [path, status, contentType, cacheControl] of answers) {
    const response = await request.get(`${origin}${path}`);
    const headers = response.headers();
    expect(response.status(), path).toBe(status);
    expect(headers['content-type'], path).toContain(contentType);
    expect(headers['cache-control'], path).toBe(cacheControl);
    expect(headers['content-security-policy'], path).toBe(contentSecurityPolicyHeader);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['server'], path).toBe('nginx');
  }
  // Crawlers may index the planner's pages (they hold no plan).
  const robots = await (await request.get(`${origin}/robots.txt`)).text();
  expect(robots).toMatch(/^User-agent: \*\nAllow: \/$/m);
  expect(robots).not.toMatch(/^Disallow:/m);
});

test('the commented robots.txt line of deploy/nginx.conf keeps a copy out of search engines', async ({
  request,
}) => {
  const robots = await request.get(`${origin}/robots.txt`, { headers: { host: optedOutHost } });
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(robots.headers()['content-security-policy']).toBe(contentSecurityPolicyHeader);
  expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
  // The rest of that copy is the planner as before.
  const page = await request.get(`${origin}/plan/network`, { headers: { host: optedOutHost } });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<h2 id="step-heading" tabindex="-1">Network</h2>');
});

test("an unknown path shows the app's Page not found, as a 404", async ({ page }) => {
  for (const path of ['/no/such/page', '/plan/network/extra', '/assets/missing.js']) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
  }
});
