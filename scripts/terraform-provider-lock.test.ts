/**
 * The Terraform export's lock file is printed from src/domain/aws/terraform-provider-lock.json:
 * this recomputes its hashes from the filesystem mirror with the real terraform and fails when
 * they drift (run `npm run derive` after the mirror's provider changes).
 */
import { describe, expect, it } from 'vitest';
import lockJson from '../src/domain/aws/terraform-provider-lock.json' with { type: 'json' };
import { requireTool } from '../src/domain/generators/testing/tool-harness';
import { lockFromMirror, lockedRelease } from './lib/terraform-provider-lock';

describe('terraform-provider-lock.json', () => {
  it('holds the hashes terraform providers lock reads from /opt/tf-plugins', async () => {
    await requireTool('terraform');
    const derived = lockFromMirror(lockedRelease.version, lockedRelease.platforms);
    expect(lockJson).toEqual(derived);
  }, 60_000);
});
