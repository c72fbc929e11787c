#!/usr/bin/env node
// The installed `xks-planner` command. The CLI itself is bundled into dist-cli by
// `npm run build:cli`, which `npm install` runs through the "prepare" script.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/xks-planner.mjs', import.meta.url);

if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  console.error('xks-planner is not built yet: run npm install (or npm run build:cli)');
  process.exitCode = 2;
}
