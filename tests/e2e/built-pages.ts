import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './harness';

/** Every page of the build (each index.html under OUT_DIR) as a path, sorted: '/', '/da/', '/da/labb/' … */
export function builtPages(dir = OUT_DIR, path = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? builtPages(join(dir, entry.name), `${path}${entry.name}/`) : entry.name === 'index.html' ? [path] : []))
    .sort();
}
