/**
 * Syntax highlighting with shiki's core, its JavaScript regular expression engine (no WebAssembly),
 * two themes and only the languages the exports use, each fetched the first time it is needed.
 * This module is itself loaded on demand (see use-highlighter.ts).
 */
import { createHighlighterCore, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { PreviewLanguage } from './formats';

const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

const languageLoaders: Record<PreviewLanguage, () => Promise<unknown>> = {
  hcl: () => import('shiki/langs/hcl.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
  typescript: () => import('shiki/langs/typescript.mjs'),
};

let highlighter: Promise<HighlighterCore> | undefined;

function theHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [
      import('shiki/themes/github-light-default.mjs'),
      import('shiki/themes/github-dark-default.mjs'),
    ],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** Lines of tokens, each with its light and dark style (see token-style.ts). */
export type Highlight = (code: string) => ThemedToken[][];

/** A function that highlights code in `language`, once that language is loaded. */
export async function highlighterFor(language: PreviewLanguage): Promise<Highlight> {
  const core = await theHighlighter();
  if (!core.getLoadedLanguages().includes(language)) {
    await core.loadLanguage((await languageLoaders[language]()) as never);
  }
  return (code) => core.codeToTokens(code, { lang: language, themes, defaultColor: false }).tokens;
}
