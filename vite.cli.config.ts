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
    minify: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'xks-planner.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
  // Node's built-in modules stay imports; everything else (zod, the domain) is inlined.
  ssr: { noExternal: true },
});
