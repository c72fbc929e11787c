import { Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello, {name}</p>;
}

function page(Component: ComponentType<{ readonly name: string }>) {
  return renderToString(
    <Suspense fallback={<p>Loading…</p>}>
      <Component name="Ada" />
    </Suspense>,
  );
}

describe('preloadable', () => {
  it('shows the fallback while the component has not loaded', () => {
    const { Component } = preloadable(() => new Promise<typeof Greeting>(() => {}));
    expect(page(Component)).toContain('Loading…');
  });

  it('renders at once, with its props, once preloaded', async () => {
    let loads = 0;
    const { Component, preload } = preloadable(async () => {
      loads++;
      return Greeting;
    });
    expect(await preload()).toBe(Greeting);
    const markup = page(Component);
    expect(markup).toContain('Hello, <!-- -->Ada');
    expect(markup).not.toContain('Loading…');
    await preload();
    expect(loads).toBe(1);
  });

  it('passes a failed load to the nearest error handling, not a fallback forever', async () => {
    const failure = new Error('chunk not found');
    const { Component, preload } = preloadable(() => Promise.reject(failure));
    await expect(preload()).rejects.toBe(failure);
    expect(() => renderToString(<Component />)).toThrow('chunk not found');
  });
});
