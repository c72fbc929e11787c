import { describe, expect, it } from 'vitest';
import { jsonTextRegions } from './json-text-region';

const region = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
  startLine,
  startColumn,
  endLine,
  endColumn,
});

describe('jsonTextRegions', () => {
  const text = [
    '{',
    '  "keyStore": {',
    '    "XksProxyUriPath": "/kms/xks/v1",',
    '    "a/b~c": true',
    '  },',
    '  "keys": [{ "XksKeyId": "one" }, { "XksKeyId": "two" }]',
    '}',
  ].join('\n');
  const regionOf = jsonTextRegions(text);

  it('gives an object member from its name through its value', () => {
    expect(regionOf('/keyStore/XksProxyUriPath')).toEqual(region(3, 5, 3, 37));
    expect(regionOf('/keyStore')).toEqual(region(2, 3, 5, 4));
  });

  it('follows array indexes and escaped names (~1 is /, ~0 is ~)', () => {
    expect(regionOf('/keys/1')).toEqual(region(6, 35, 6, 56));
    expect(regionOf('/keys/1/XksKeyId')).toEqual(region(6, 37, 6, 54));
    expect(regionOf('/keyStore/a~1b~0c')).toEqual(region(4, 5, 4, 18));
  });

  it('gives the nearest written place for what is missing', () => {
    expect(regionOf('/keyStore/XksProxyUriEndpoint')).toEqual(region(2, 3, 5, 4));
    expect(regionOf('/keys/7/XksKeyId')).toEqual(region(6, 3, 6, 57));
    expect(regionOf('/keys/01')).toEqual(region(6, 3, 6, 57));
    expect(regionOf('/keyStore/XksProxyUriPath/0')).toEqual(region(3, 5, 3, 37));
    expect(regionOf('')).toEqual(region(1, 1, 7, 2));
  });

  it('counts \\r\\n and \\r as one line end, a BOM as a column, and columns in UTF-16 units', () => {
    const crlf = jsonTextRegions('\uFEFF{\r\n "a": 1,\r"b": "🔑",\r\n "c": 2\r\n}');
    expect(crlf('/a')).toEqual(region(2, 2, 2, 8));
    expect(crlf('/b')).toEqual(region(3, 1, 3, 10));
    expect(crlf('/c')).toEqual(region(4, 2, 4, 8));
    expect(crlf('')).toEqual(region(1, 2, 5, 2));
  });

  it('takes the last of duplicate names, as JSON.parse does', () => {
    expect(jsonTextRegions('{"a": 1, "a": 2}')('/a')).toEqual(region(1, 10, 1, 16));
  });

  it('locates nothing in text that is not JSON', () => {
    expect(jsonTextRegions('')('/a')).toBeUndefined();
  });
});
