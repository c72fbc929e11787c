import { describe, expect, it } from 'vitest';
import { pathFromPrefix, prefixState, showsState } from './uri-path-prefix';

describe('the proxy URI path prefix box', () => {
  it.each([
    ['', '/kms/xks/v1'],
    ['finance', '/finance/kms/xks/v1'],
    ['/finance', '/finance/kms/xks/v1'],
    ['/team/a', '/team/a/kms/xks/v1'],
  ])('turns the prefix %j into %s', (prefix, path) => {
    expect(pathFromPrefix(prefix)).toBe(path);
  });

  it.each([
    [undefined, { mode: 'prefix', text: '' }],
    ['/kms/xks/v1', { mode: 'prefix', text: '' }],
    ['/finance/kms/xks/v1', { mode: 'prefix', text: '/finance' }],
    // Paths the prefix box cannot express are shown whole, never rewritten.
    ['/payments/kms/xks/v2', { mode: 'whole', text: '/payments/kms/xks/v2' }],
    ['finance/kms/xks/v1', { mode: 'whole', text: 'finance/kms/xks/v1' }],
  ])('shows the stored path %j as %j', (path, state) => {
    expect(prefixState(path)).toEqual(state);
  });

  it('gives back every path it shows as a prefix', () => {
    for (const path of ['/kms/xks/v1', '/finance/kms/xks/v1', '/a/b-c_d/kms/xks/v1']) {
      const state = prefixState(path);
      expect(state.mode).toBe('prefix');
      expect(pathFromPrefix(state.text)).toBe(path);
      expect(showsState(state, path)).toBe(true);
    }
  });

  it('notices when the form changed the path from outside', () => {
    expect(showsState({ mode: 'prefix', text: '/finance' }, '/other/kms/xks/v1')).toBe(false);
    expect(showsState({ mode: 'whole', text: '/x/kms/xks/v2' }, '/x/kms/xks/v2')).toBe(true);
    expect(showsState({ mode: 'prefix', text: '' }, undefined)).toBe(true);
  });
});
