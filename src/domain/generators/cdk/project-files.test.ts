import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { describe, expect, it } from 'vitest';
import { exportVariants } from '../testing/export-variants';
import { generateCdk } from './generate-cdk';
import { cdkVersions } from './project-files';

const projectRoot = join(import.meta.dirname, '../../../..');
const variant = (id: string) => exportVariants.find((entry) => entry.id === id)!.plan;
const file = (id: string, path: string) =>
  generateCdk(variant(id)).find((generated) => generated.path === path)!.content;

describe('the CDK project files', () => {
  it('cdk.json sets every feature flag the pinned aws-cdk-lib recommends, as it recommends it', () => {
    const installed = JSON.parse(
      readFileSync(join(projectRoot, 'node_modules/aws-cdk-lib/package.json'), 'utf8'),
    ) as { version: string };
    // The flags come from the installed aws-cdk-lib: it must be the version the export pins.
    expect(installed.version).toBe(cdkVersions['aws-cdk-lib']);
    const cdkJson = JSON.parse(file('new-endpoint-service', 'cdk.json')) as {
      context: Record<string, unknown>;
    };
    expect(cdkJson.context).toEqual(CURRENTLY_RECOMMENDED_FLAGS);
  });

  it('tags every resource of the app with the planner and a tag-safe store name', () => {
    const tags = (id: string) =>
      Object.fromEntries(
        [
          ...file(id, 'bin/app.ts').matchAll(/cdk\.Tags\.of\(app\)\.add\(("[^"]*"), (".*"), \{/g),
        ].map((match) => [JSON.parse(match[1]!) as string, JSON.parse(match[2]!) as string]),
      );
    expect(tags('new-endpoint-service')).toEqual({
      'managed-by': 'xks-planner',
      'xks-key-store': variant('new-endpoint-service').keyStore!.CustomKeyStoreName,
    });
    const hostile = tags('hostile-strings')['xks-key-store'];
    expect(hostile).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+@-]{1,256}$/u);
  });

  it('sends the handler and Provider logs to one group kept a year', () => {
    const stack = file('new-endpoint-service', 'lib/xks-stack.ts');
    expect(stack).toContain('retention: logs.RetentionDays.ONE_YEAR,');
    // Both functions and the Provider framework.
    expect(stack.match(/logGroup: handlerLogs,/g)).toHaveLength(3);
  });
});
