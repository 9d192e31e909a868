import fs from 'node:fs';
import path from 'node:path';

/** Is `filePath` the folder `root` or inside it (by path, `..` resolved)? */
export function isInside(filePath: string, root: string): boolean {
  const relative = path.relative(root, filePath);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The path with every symbolic link resolved; undefined when nothing is there. */
export function realPath(filePath: string): string | undefined {
  try {
    return fs.realpathSync(filePath);
  } catch {
    return undefined;
  }
}
