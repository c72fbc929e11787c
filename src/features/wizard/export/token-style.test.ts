import { describe, expect, it } from 'vitest';
import { tokenStyle } from './token-style';

describe('tokenStyle', () => {
  it('keeps the light and dark colours and font styles shiki gives', () => {
    expect(
      tokenStyle({
        '--shiki-light': '#0550AE',
        '--shiki-light-font-weight': 'bold',
        '--shiki-dark': '#79C0FF',
        '--shiki-dark-font-style': 'italic',
      }),
    ).toEqual({
      '--shiki-light': '#0550AE',
      '--shiki-light-font-weight': 'bold',
      '--shiki-dark': '#79C0FF',
      '--shiki-dark-font-style': 'italic',
    });
  });

  it('drops every other property and any value that is not plain', () => {
    expect(
      tokenStyle({
        'background-image': 'url(https://example.com/x)',
        '--shiki-light': 'url(https://example.com/x)',
        '--shiki-dark': 'red; background: blue',
      }),
    ).toBeUndefined();
    expect(tokenStyle(undefined)).toBeUndefined();
  });
});
