import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';
import { serveBuild } from './scripts/lib/serve-build';
import { stepIds } from './src/features/wizard/step-ids';
import { storageKey } from './src/features/wizard/plan-storage';
const server = await serveBuild('dist');
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto(server.origin + '/plan/basics');
await page.locator('#root:not([inert])').waitFor();
await page.getByRole('textbox', { name: 'Plan name' }).fill('Walk plan');
await page.waitForTimeout(600);
console.log('after basics', await page.evaluate((k) => localStorage.getItem(k), storageKey));
for (const id of stepIds) {
  await page.goto(server.origin + '/plan/' + id); await page.locator('#root:not([inert])').waitFor(); await page.waitForTimeout(500);
}
console.log('after all steps', await page.evaluate((k) => localStorage.getItem(k), storageKey));
await browser.close(); await server.close();
