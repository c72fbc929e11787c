/**
 * Writes the files generated from the code: the plan's JSON Schema and description, the rules
 * document and the CDK feature flags. Run `npm run generate` after changing the schema, a rule or
 * the coverage; CI only checks that the committed files are current
 * (scripts/generated-files.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { generatedFiles } from './lib/generated-files';

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
