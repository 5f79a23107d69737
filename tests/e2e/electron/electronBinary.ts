import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable `require('electron')` would return, or null when it is not on disk.
 * Mirrors the lookup in the electron package's index.js but without its side effect: when the binary
 * is missing, `require('electron')` tries to download it and then throws.
 */
export function findElectronBinary(): string | null {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let candidate: string | null = null;
  if (overrideDir !== undefined && overrideDir !== '') {
    candidate = path.join(overrideDir, executable === '' ? 'electron' : executable);
  } else if (executable !== '') {
    candidate = path.join(packageDir, 'dist', executable);
  }
  return candidate !== null && existsSync(candidate) ? candidate : null;
}
