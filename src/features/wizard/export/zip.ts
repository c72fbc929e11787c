import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFormat, GeneratedFile } from '@/domain/generators';
import { zipEntryName } from './formats';

export interface FormatFiles {
  readonly format: ExportFormat;
  readonly files: readonly GeneratedFile[];
}

/** Unix permissions: scripts are executable, every other file is read-write for its owner. */
const scriptMode = 0o100755;
const fileMode = 0o100644;
const unix = 3;

/**
 * One zip of every format's files, each under its format's folder (`terraform/main.tf`). The
 * time stamp is a parameter, so that the same files and time give byte-identical archives.
 */
export function buildZip(exports: readonly FormatFiles[], modified: Date = new Date()): Uint8Array {
  const entries: Zippable = {};
  for (const { format, files } of exports) {
    for (const file of files) {
      const name = zipEntryName(format, file.path);
      if (name in entries) throw new Error(`Two exported files are both named ${name}`);
      entries[name] = [
        strToU8(file.content),
        {
          os: unix,
          attrs: (file.path.endsWith('.sh') ? scriptMode : fileMode) << 16,
          mtime: modified,
        },
      ];
    }
  }
  return zipSync(entries, { level: 6 });
}
