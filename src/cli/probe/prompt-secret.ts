/**
 * Asks for the secret on the terminal without echoing it. Only when standard input is a terminal:
 * a script without --secret-env gets a clear error instead of a hang.
 */
import { stdin, stderr } from 'node:process';

export function promptSecret(question: string): Promise<string | undefined> {
  if (!stdin.isTTY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let typed = '';
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (value: string | undefined) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(typed);
        if (character === '\u0003' || character === '\u0004') return finish(undefined);
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    stdin.on('data', onData);
  });
}
