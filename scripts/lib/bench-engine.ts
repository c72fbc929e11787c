/**
 * What the engine benchmarks time, built by `npm run bench` into one bundle the way the CLI and the
 * app ship it. Run through tsx instead, every closure a rule makes gets a `__name` call (esbuild's
 * keepNames), which doubled the time of a check and is no cost any user pays.
 */
export {
  checkDocument,
  createDocumentChecker,
  isUnusable,
} from '../../src/domain/check/check-document';
export { parsePlan } from '../../src/domain/plan/parse-plan';
