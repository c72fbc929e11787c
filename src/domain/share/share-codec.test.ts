import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlans } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import { crc32 } from '../encoding/crc32';
import { decodePlanLink, encodePlanLink, maxLinkLength, maxPlanBytes } from './share-codec';
import { shareDictionaryV3 } from './share-dictionary';

const plans = examplePlans.map((example) => ({
  id: example.id,
  plan: parsePlan(example.document as Record<string, unknown>).plan,
}));

const versionTwoDraftLink =
  '2.dZdJC8IwEIX_yhxVrHSvV7VQwQUtgssttvHUotQKSuh_97V2lfSabcJMMu97ooFKDfxZYuWPEHlCIUsZ5Q9-TGjQz5RCJDOlARiPKtGiUquGINuaR_lLCXDBhEWKhvEGSYWcSYMyopJHVOACsEnKqRIyHfehqZREm9VdFK1sSPwpSoI2V0jlBHeZ8DeLHxHPfUZ3f9kSWtalNd-LsBJ7085XY3VUpl31wAhNbt1s1dGmrdP76Vb84e3eWbn6xjxuL9ZpfjD85cw-r3dIRZah5HlrFF3xFFL1HElSUQukix-6wBnkRXdIMvmYIE9HiOwLEtUs1Q';

const base64Url = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('base64')
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

describe('share links', () => {
  it.each(plans)('$id: encodes and decodes to the same plan, without $schema', ({ plan }) => {
    const token = encodePlanLink(plan);
    expect(token).toMatch(/^3\.[A-Za-z0-9_-]+$/);
    const expected = { ...plan };
    delete expected.$schema;
    expect(decodePlanLink(token)).toEqual({ plan: expected });
    expect(decodePlanLink(`https://planner.example/plan/review#plan=${token}`)).toEqual({
      plan: expected,
    });
  });

  it('keeps every example link under 2,000 characters', () => {
    for (const { plan } of plans) expect(encodePlanLink(plan).length).toBeLessThan(2000);
  });

  it('never carries a secret', () => {
    const mistakes = examplePlans.find((example) => example.verdict === 'blocked')!
      .document as unknown as {
      keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: string } };
    };
    const secret = mistakes.keyStore.XksProxyAuthenticationCredential.RawSecretAccessKey;
    const token = encodePlanLink(plans.find((entry) => entry.id === 'plan-with-mistakes')!.plan);
    expect(JSON.stringify(decodePlanLink(token))).not.toContain(secret);
  });

  it.each([
    ['empty', '', 'not an XKS Planner link'],
    ['plain text', 'hello', 'not an XKS Planner link'],
    ['a newer link version', '4.abc', 'newer XKS Planner'],
    ['version 0', '0.abc', 'unknown link version 0'],
    ['characters outside base64url', '1.***', 'damaged'],
    ['no data', '1.', 'damaged'],
    ['over 64 KB', `1.${'A'.repeat(maxLinkLength)}`, 'longer than'],
    [
      'cut-off JSON',
      `1.${base64Url(deflateSync(new TextEncoder().encode('{"version": 1')))}`,
      'not readable',
    ],
    [
      'a newer plan version',
      `1.${base64Url(deflateSync(new TextEncoder().encode('{"version": 9}')))}`,
      'newer than this planner',
    ],
  ])('explains why a link with %s cannot be opened', (_case, link, problem) => {
    const decoded = decodePlanLink(link);
    expect('problem' in decoded && decoded.problem).toContain(problem);
  });

  it('rejects every link with one character changed, none opening with other values', () => {
    const token = encodePlanLink(plans[1]!.plan);
    const original = decodePlanLink(token);
    let opened = 0;
    // Every position of the tag and about 150 of the data (each decode runs the rules).
    const step = Math.ceil(token.length / 150);
    for (let index = 0; index < token.length; index += index < 2 ? 1 : step) {
      for (const replacement of ['A', '7', '.']) {
        if (token[index] === replacement) continue;
        const decoded = decodePlanLink(
          token.slice(0, index) + replacement + token.slice(index + 1),
        );
        // The last character's low bits are padding: a change there leaves the bytes as they were.
        if ('plan' in decoded) {
          opened++;
          expect(decoded).toEqual(original);
        } else {
          expect(decoded.problem).toMatch(/damaged|not an XKS Planner link|link version/);
        }
      }
    }
    expect(opened).toBeLessThanOrEqual(3);
  });

  it('rejects a link whose checksum does not match its plan', () => {
    const json = new TextEncoder().encode('{"version":1,"title":"changed"}');
    const link = `2.${base64Url(new Uint8Array([...deflateSync(json), 1, 2, 3, 4]))}`;
    const decoded = decodePlanLink(link);
    expect('problem' in decoded && decoded.problem).toContain('damaged (its checksum');
  });

  it('still opens a version-2 link (checksum, version 1 dictionary) as it was made', () => {
    // Made by the version 2 encoder from the vpc-endpoint-service-draft example.
    const decoded = decodePlanLink(versionTwoDraftLink);
    const draft = plans.find((entry) => entry.id === 'vpc-endpoint-service-draft')!.plan;
    const expected = { ...draft };
    delete expected.$schema;
    expect(decoded).toEqual({ plan: expected });
  });

  it('keeps the version 3 dictionary frozen: links made with it must keep opening', () => {
    expect(crc32(new TextEncoder().encode(shareDictionaryV3)).toString(16)).toBe('d850bf93');
  });

  it('makes the ready VPC example link no longer than 1,200 characters', () => {
    const ready = plans.find((entry) => entry.id === 'vpc-endpoint-service-ready')!.plan;
    expect(encodePlanLink(ready).length).toBeLessThanOrEqual(1200);
  });

  it('still opens a version-1 link, with a note that it carries no checksum', () => {
    const json = new TextEncoder().encode('{"version":1,"title":"old link"}');
    const decoded = decodePlanLink(`1.${base64Url(deflateSync(json))}`);
    expect(decoded).toEqual({
      plan: { version: 1, title: 'old link' },
      note: expect.stringContaining('no checksum'),
    });
  });

  it('never opens a damaged link with changed values (flips, edits, cuts; fixed seed)', () => {
    const token = encodePlanLink(plans[2]!.plan);
    const original = decodePlanLink(token);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const damage = fc.oneof(
      fc
        .tuple(fc.nat(token.length - 1), fc.constantFrom(...alphabet))
        .map(([at, character]) => token.slice(0, at) + character + token.slice(at + 1)),
      fc.nat(token.length - 1).map((length) => token.slice(0, length)),
      fc
        .tuple(fc.nat(token.length - 1), fc.nat(token.length - 1))
        .map(([from, to]) => token.slice(0, Math.min(from, to)) + token.slice(Math.max(from, to))),
    );
    fc.assert(
      fc.property(damage, (link) => {
        const decoded = decodePlanLink(link);
        if ('plan' in decoded) expect(decoded).toEqual(original);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('refuses a link whose plan does not fit the plan format, rather than dropping the misfit', () => {
    const json = '{"version":1,"proxy":{"instances":[7,{"id":"proxy-b"}]}}';
    const decoded = decodePlanLink(`1.${base64Url(deflateSync(new TextEncoder().encode(json)))}`);
    expect('problem' in decoded && decoded.problem).toContain(
      'does not fit the plan format at /proxy/instances/0',
    );
  });

  it('says a truncated link is damaged', () => {
    const token = encodePlanLink(plans[1]!.plan);
    const decoded = decodePlanLink(token.slice(0, Math.floor(token.length / 2)));
    expect('problem' in decoded && decoded.problem).toMatch(/damaged/);
  });

  it('refuses a plan nested thousands of levels deep, from a link of about 100 characters', () => {
    const json = `{"version":1,"keyStore":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const link = `1.${base64Url(deflateSync(new TextEncoder().encode(json)))}`;
    expect(link.length).toBeLessThan(200);
    const decoded = decodePlanLink(link);
    expect('problem' in decoded && decoded.problem).toContain('nested more than 32 levels deep');
  });

  it('stops a compression bomb at the size limit', () => {
    const bomb = deflateSync(new Uint8Array(maxPlanBytes * 20).fill(32), { level: 9 });
    const decoded = decodePlanLink(`1.${base64Url(bomb)}`);
    expect('problem' in decoded && decoded.problem).toContain('larger than 1 MB');
  });

  it('answers any string with a plan or a reason, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `1.${text}`),
        ),
        (link) => {
          const decoded = decodePlanLink(link);
          expect('plan' in decoded || 'problem' in decoded).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips plans with arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, name) => {
        const plan = {
          version: 1 as const,
          title: title.slice(0, 200),
          keyStore: { CustomKeyStoreName: name },
        };
        expect(decodePlanLink(encodePlanLink(plan))).toEqual({ plan });
      }),
      { numRuns: 300 },
    );
  });
});
