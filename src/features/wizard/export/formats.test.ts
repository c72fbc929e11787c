import { describe, expect, it } from 'vitest';
import { exportFormats } from '@/domain/generators';
import { downloadName, formatInfo, languageOfPath, mediaTypeOfPath, zipEntryName } from './formats';

describe('export file names and languages', () => {
  it('names every export format', () => {
    for (const format of exportFormats) expect(formatInfo[format].label).not.toBe('');
    expect(formatInfo.terraform.label).toBe('Terraform');
    expect(formatInfo['aws-cli'].label).toBe('AWS CLI script');
    expect(formatInfo['proxy-config'].label).toBe('Proxy configuration file');
    expect(formatInfo.plan.label).toBe('Plan file');
  });

  it.each([
    ['main.tf', 'hcl'],
    ['create-external-key-store.sh', 'shellscript'],
    ['proxy-configuration.json', 'json'],
    ['README.md', 'markdown'],
    ['lib/xks-stack.ts', 'typescript'],
    ['modules/kms/VARIABLES.TF', 'hcl'],
    ['backend.tf.example', 'hcl'],
    ['settings.example', undefined],
    ['LICENSE', undefined],
    ['notes.txt', undefined],
  ])('highlights %s as %s', (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });

  it('gives each file a text media type', () => {
    expect(mediaTypeOfPath('plan.json')).toBe('application/json');
    expect(mediaTypeOfPath('main.tf')).toBe('text/plain;charset=utf-8');
    expect(mediaTypeOfPath('README.md')).toBe('text/markdown;charset=utf-8');
  });

  it('puts each file in its format’s folder in the zip, and downloads it by its own name', () => {
    expect(zipEntryName('terraform', 'main.tf')).toBe('terraform/main.tf');
    expect(downloadName('main.tf')).toBe('main.tf');
    expect(downloadName('modules/kms/main.tf')).toBe('main.tf');
  });
});
