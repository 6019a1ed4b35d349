import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm install` warns (EBADENGINE) when a locked package needs a newer Node than the one we
// declare; the machines here run the declared minimum, so such a package is a real risk.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

describe('declared Node engine', () => {
  it('is met by every locked package (no EBADENGINE on install)', () => {
    const minimum = semver.minVersion(pkg.engines.node)!.version;
    const needNewer = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(minimum, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name} needs node ${(p.engines as { node: string }).node}`);
    expect(needNewer).toEqual([]);
  });
});
