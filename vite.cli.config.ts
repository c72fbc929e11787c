/**
 * Builds the `xks-planner` command into one self-contained ES module (dist-cli/xks-planner.mjs)
 * that bin/xks-planner.mjs loads: every dependency is bundled so start-up reads a single file.
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
      output: { format: 'es', entryFileNames: 'xks-planner.mjs' },
    },
  },
  // Node's built-in modules stay imports; everything else (zod, the domain) is inlined.
  ssr: { noExternal: true },
});
