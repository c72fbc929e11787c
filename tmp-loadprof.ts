import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { chromiumLaunchOptions } from './scripts/lib/chromium';
import { serveBuild } from './scripts/lib/serve-build';
const server = await serveBuild(process.env.OUT ?? 'dist-sm');
const browser = await chromium.launch(chromiumLaunchOptions);
const path = process.env.P ?? '/';
for (let r = 0; r < Number(process.env.N ?? 3); r++) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2500);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/x/lp-${r}.cpuprofile`, JSON.stringify(profile));
  await page.close();
}
await browser.close(); await server.close();
