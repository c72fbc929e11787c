import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import type * as Prerender from '../../src/app/prerender';

const emptyRoot = '<div id="root"></div>';

/** A browser's storage, empty, as a first visit has it. */
class EmptyStorage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}

/**
 * What the app reads from `window` while rendering, as a first visit has it: no saved plan, no
 * fragment. Only rendering runs here (no effects), so nothing else is touched.
 */
function firstVisitWindow(path: string) {
  return {
    localStorage: new EmptyStorage(),
    location: { pathname: path, hash: '', search: '' },
    history: { state: null },
  };
}

/** Where `path` is written: /plan/network as plan/network.html, as vite preview and nginx look. */
function fileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** The module of the app (as the SSR server loaded it) that exports `value`. */
function moduleExporting(server: ViteDevServer, value: unknown): string {
  for (const module of server.moduleGraph.idToModuleMap.values()) {
    const exports = module.ssrModule as Record<string, unknown> | null;
    if (exports && module.id && Object.values(exports).includes(value)) return module.id;
  }
  throw new Error('a pre-rendered page shows a component that no module of the app exports');
}

/** The stylesheets of the built chunk holding `moduleId` and of the chunks it imports. */
function stylesheetsOf(bundle: OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const holder = chunks.find((chunk) => chunk.moduleIds.includes(moduleId));
  if (!holder) throw new Error(`no chunk of the build holds ${moduleId}`);
  const visited = new Set<OutputChunk>();
  const stylesheets = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (visited.has(chunk)) return;
    visited.add(chunk);
    for (const file of chunk.viteMetadata?.importedCss ?? []) stylesheets.add(file);
    for (const file of chunk.imports) visit(bundle[file] as OutputChunk);
  };
  visit(holder);
  return [...stylesheets];
}

/**
 * After the build, renders every page of the app (src/app/prerender.tsx) into a copy of the
 * built index.html: the page's text paints before the scripts arrive. The app is loaded through a
 * Vite server in SSR mode, with this same configuration.
 */
export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  let bundle: OutputBundle;
  return {
    name: 'prerender-pages',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, output) {
      bundle = output;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      if (!template.includes(emptyRoot)) {
        throw new Error(`index.html has no ${emptyRoot} to render the pages into`);
      }
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      const globals = globalThis as { window?: unknown };
      try {
        const { prerenderedPaths, notFoundPath, renderPage } = (await server.ssrLoadModule(
          '/src/app/prerender.tsx',
        )) as typeof Prerender;
        const pages = [
          ...prerenderedPaths.map((path) => [path, fileOf(path)] as const),
          [notFoundPath, '404.html'] as const,
        ];
        for (const [path, file] of pages) {
          globals.window = firstVisitWindow(path);
          const { markup, shows } = await renderPage(path);
          // What the app loads on demand comes with its styles: the page links them itself.
          const links = [
            ...new Set(
              shows.flatMap((value) => stylesheetsOf(bundle, moduleExporting(server, value))),
            ),
          ]
            .filter((file) => !template.includes(`/${file}"`))
            .map((file) => `<link rel="stylesheet" crossorigin href="${config.base}${file}">`);
          const target = join(outDir, file);
          mkdirSync(dirname(target), { recursive: true });
          // Inert until the app has rendered over it (start-app.tsx): its controls do nothing
          // before. The path tells the app which page this is (a server may answer any address
          // with index.html or 404.html).
          writeFileSync(
            target,
            template
              .replace('</head>', `${links.join('')}</head>`)
              .replace(emptyRoot, `<div id="root" inert data-path="${path}">${markup}</div>`),
          );
        }
      } finally {
        delete globals.window;
        await server.close();
      }
    },
  };
}
