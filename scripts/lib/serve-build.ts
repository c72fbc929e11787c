import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export interface ServedBuild {
  /** The server's origin, without a trailing slash. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves a production build (`dist` under the project) with `vite preview`, as the e2e suite
 * does, on a free loopback port: the browser benchmarks load the planner as it ships.
 */
export async function serveBuild(outDir = 'dist'): Promise<ServedBuild> {
  const server = await preview({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('vite preview did not listen on a TCP port');
  }
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
