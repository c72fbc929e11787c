import { expect, type Page } from '@playwright/test';
import { readExample } from './support';
import type { Plan } from '../src/domain/plan/plan-schema';

export const planStorageKey = 'xks-planner:plan:v1';

/**
 * Starts the page with a plan already autosaved, as if the user had worked on it before. Only
 * when nothing is saved yet, so that reloads within the test keep what the test changed.
 */
export async function seedPlan(page: Page, plan: Record<string, unknown>): Promise<void> {
  const saved = { revision: 1, tabId: 'seed', savedAt: '2026-11-30T12:00:00Z', plan };
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [planStorageKey, JSON.stringify(saved)] as const,
  );
}

export const seedExample = (page: Page, id: string) => seedPlan(page, readExample(id));

export const stepTitles = [
  'Start',
  'Connectivity',
  'Key store basics',
  'Network',
  'TLS certificate',
  'Key manager and proxy',
  'Keys',
  'Operations',
  'Review',
  'Export',
] as const;

/** The address of each step, /plan/<id>, in order. */
export const stepPaths = [
  'start',
  'connectivity',
  'basics',
  'network',
  'tls',
  'proxy',
  'keys',
  'operations',
  'review',
  'export',
].map((id) => `/plan/${id}`);

export function stepper(page: Page) {
  return page.getByRole('navigation', { name: 'Plan steps' });
}

export function stepHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: title });
}

/** Copies the link with the wizard's button and reads it back from the clipboard. */
export async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link to this plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The plan the wizard saved in this browser, as the page stored it; none before its first save. */
export async function savedPlan(page: Page): Promise<Plan | undefined> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), planStorageKey);
  return (JSON.parse(text ?? 'null') as { plan: Plan } | null)?.plan;
}

/**
 * The page once the app has rendered over the pre-rendered HTML (which is inert until then).
 * Files set on an input of the pre-rendered page would be lost when the app replaces it, and
 * setting files waits for nothing: look such inputs up in here.
 */
export const liveApp = (page: Page) => page.locator('#root:not([inert])');

/**
 * Waits until the page's app has read the example plan seedExample stored (its plan name shows the
 * example's title): a change another tab makes before then is no conflict for this page.
 */
export async function expectSeededExampleShown(page: Page, id: string): Promise<void> {
  await expect(liveApp(page).getByLabel('Plan name', { exact: true })).toHaveValue(
    readExample(id).title as string,
  );
}
