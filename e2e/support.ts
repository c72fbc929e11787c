import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** An example plan file as stored in `examples/`. */
export function readExample(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../examples/${id}.json`, import.meta.url), 'utf8'));
}

/** The examples meant to have no blocking finding, by the label the page gives them. */
export const readyExamples = [
  { id: 'public-endpoint-ready', label: 'Public endpoint, ready' },
  { id: 'vpc-endpoint-service-ready', label: 'VPC endpoint service, ready' },
  { id: 'vpc-cross-account', label: 'VPC endpoint service in another account, ready' },
] as const;

export const mistakesExample = { id: 'plan-with-mistakes', label: 'A draft full of mistakes' };

export function editor(page: Page) {
  // In the live app: the pre-rendered page's editor is inert until the app takes it over.
  return page
    .locator('#root:not([inert])')
    .getByRole('textbox', { name: 'Plan or proxy configuration file (JSON)' });
}

export function resultRegion(page: Page) {
  return page.getByRole('region', { name: 'Result' });
}

/** The politely announced verdict (the result's live region). */
export function verdict(page: Page) {
  return page.getByRole('status');
}
