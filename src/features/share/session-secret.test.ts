import { afterEach, describe, expect, it } from 'vitest';
import { keepSessionSecret, sessionSecret } from './session-secret';

describe('the session secret', () => {
  afterEach(() => keepSessionSecret(undefined));

  it('is given out for the access key ID it was imported with', () => {
    keepSessionSecret('imported-secret', 'IMPORTEDACCESSKEYID1');
    expect(sessionSecret('IMPORTEDACCESSKEYID1')).toBe('imported-secret');
  });

  it('is never paired with another access key ID, e.g. a newly generated one', () => {
    keepSessionSecret('imported-secret', 'IMPORTEDACCESSKEYID1');
    expect(sessionSecret('GENERATEDACCESSKEYID')).toBeUndefined();
    expect(sessionSecret(undefined)).toBeUndefined();
  });
});
