/** Pieces of AWS CLI commands shared by the exported script and the report's runbook. */
import {
  assign,
  output,
  word,
  type Command,
  type Statement,
  type WordInput,
} from '../bash/bash-syntax';

/** `NAME="$(... --query <query> --output text)"`: keeps one value of an AWS response. */
export function captureAwsValue(name: string, value: Command, query: WordInput): Statement {
  return assign(
    name,
    output({
      head: value.head,
      groups: [
        ...value.groups,
        [
          word('--query'),
          typeof query === 'string' ? word(query) : query,
          word('--output'),
          word('text'),
        ],
      ],
    }),
  );
}

/** The host name of an `https://host` proxy endpoint (any path cut off), if it is one. */
export const endpointHost = (endpoint: string | undefined) =>
  endpoint?.startsWith('https://') ? endpoint.slice('https://'.length).split('/')[0] : undefined;
