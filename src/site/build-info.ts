import { execFileSync } from 'node:child_process';
import pkg from '../../package.json';

/**
 * What the footer says about this build (build time only): the package version, the commit it was
 * built from (when built from a git checkout) and the date. SOURCE_DATE_EPOCH, when set, fixes the date
 * so a build can be reproduced.
 */
export interface BuildInfo {
  version: string;
  commit: string | null;
  date: Date;
}

function commitOf(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null; // built from an export without git history
  }
}

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
export const BUILD_INFO: BuildInfo = {
  version: pkg.version,
  commit: commitOf(),
  date: Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(),
};
