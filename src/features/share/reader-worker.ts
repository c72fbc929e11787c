/**
 * The readers that can take long on a large input (a 5 MB document takes about 2 s to parse and
 * check), run in a Web Worker so that the page keeps answering meanwhile. See off-main-thread.ts.
 */
import { checkText } from '@/features/plan-check/check-text';
import { readImportedFile } from './read-imported-file';

export interface ReaderRequest {
  readonly id: number;
  readonly kind: 'check' | 'import';
  readonly text: string;
}

// This module runs as a worker, whose global scope the DOM types do not describe.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => {
  void (async () => {
    const result = data.kind === 'check' ? await checkText(data.text) : readImportedFile(data.text);
    scope.postMessage({ id: data.id, result });
  })();
};
