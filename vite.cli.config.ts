/**
 * Builds the `xks-planner` command into self-contained ES modules that bin/xks-planner.mjs loads:
 * every dependency is bundled. dist-cli/xks-planner.mjs holds what `check` needs; each other
 * command's code is a chunk it imports when it runs (dist-cli/chunks), so `check` starts quickly.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    // Minified: the package is what installing the CLI downloads, and `check` parses less at
    // start. The bundled libraries' licence comments are kept.
    minify: true,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'xks-planner.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
  // Node's built-in modules stay imports; everything else (zod, the domain) is inlined.
  ssr: { noExternal: true },
});
