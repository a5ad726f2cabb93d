// The release workflow's checks: the tag, package.json and CHANGELOG.md must agree before anything
// is published, the notes are the version's CHANGELOG.md section, and only a final release moves
// the major tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { changelogSection, parseTag, releaseProblems } from '../../scripts/release.mjs';

const root = join(import.meta.dirname, '..', '..');
const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2027-01-15

- Added a thing.

## [1.1.0] - unreleased

## [1.0.0] - 2026-12-01

- First release.
`;

describe('release checks', () => {
  it('read version tags, prereleases included', () => {
    expect(parseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 1, prerelease: null });
    expect(parseTag('v2.0.0-rc.1')).toEqual({ version: '2.0.0-rc.1', major: 2, prerelease: 'rc.1' });
    expect(parseTag('v1')).toBeNull();
    expect(parseTag('1.2.3')).toBeNull();
  });

  it("take the notes from the version's section only", () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toEqual({ date: '2027-01-15', body: '- Added a thing.' });
    expect(changelogSection(CHANGELOG, '1.0.0')?.body).toBe('- First release.');
    expect(changelogSection(CHANGELOG, '1.3.0')).toBeNull();
  });

  it('refuse a tag that is not the package version, or a version without a dated, non-empty section', () => {
    expect(releaseProblems('v1.2.0', '1.2.0', CHANGELOG)).toEqual([]);
    expect(releaseProblems('v1.2.0', '1.1.9', CHANGELOG)).toEqual(['tag v1.2.0 but package.json says 1.1.9: bump the version (package.json, src/version.ts) first']);
    expect(releaseProblems('v1.1.0', '1.1.0', CHANGELOG)).toEqual([
      "CHANGELOG.md's section for 1.1.0 has no release date (## [1.1.0] - YYYY-MM-DD)",
      "CHANGELOG.md's section for 1.1.0 is empty",
    ]);
    expect(releaseProblems('v1.3.0', '1.3.0', CHANGELOG)).toEqual(["CHANGELOG.md has no section '## [1.3.0] - YYYY-MM-DD'"]);
    expect(releaseProblems('latest', '1.3.0', CHANGELOG)[0]).toMatch(/not a version tag/);
  });

  it("the repository's CHANGELOG.md has a section for the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const section = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
    expect(section?.body).toBeTruthy();
  });
});
