import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once for every caller, and holds the value once loaded', async () => {
    const load = vi.fn(() => Promise.resolve({ name: 'module' }));
    const module = loadOnce(load);
    expect(module.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(module.loaded()).toBe(first);
    expect(await module.load()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module');
    const module = loadOnce(load);
    await expect(module.load()).rejects.toThrow('Failed to fetch');
    expect(module.loaded()).toBeUndefined();
    expect(await module.load()).toBe('module');
    expect(module.loaded()).toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
