// The release workflow's checks (.github/workflows/release.yml), as a script that also runs here:
//   node scripts/release.mjs check v1.2.3   the tag is package.json's version, and CHANGELOG.md has its dated section
//   node scripts/release.mjs notes v1.2.3   that section, as the GitHub release notes (stdout)
//   node scripts/release.mjs major v1.2.3   the moving major tag to point at it (v1), or nothing for a prerelease
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** `v1.2.3` or `v1.2.3-rc.1` -> its parts; null for anything else. */
export function parseTag(tag) {
  const m = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(tag);
  return m ? { version: tag.slice(1), major: Number(m[1]), prerelease: m[4] ?? null } : null;
}

/** The body of `## [version] - date` in the changelog, and its date; null when there is no such section. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\](?:\\s+-\\s+(\\S+))?\\s*$`).test(l));
  if (start < 0) return null;
  const date = /\s+-\s+(\S+)\s*$/.exec(lines[start] ?? '')?.[1] ?? null;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  return { date, body };
}

/** Problems that stop a release of `tag` (empty = fine to release). */
export function releaseProblems(tag, packageVersion, changelog) {
  const parsed = parseTag(tag);
  if (parsed === null) return [`tag '${tag}' is not a version tag (vMAJOR.MINOR.PATCH, optionally -prerelease)`];
  const problems = [];
  if (parsed.version !== packageVersion) problems.push(`tag ${tag} but package.json says ${packageVersion}: bump the version (package.json, src/version.ts) first`);
  const section = changelogSection(changelog, parsed.version);
  if (section === null) problems.push(`CHANGELOG.md has no section '## [${parsed.version}] - YYYY-MM-DD'`);
  else {
    if (section.date === null || !/^\d{4}-\d{2}-\d{2}$/.test(section.date)) problems.push(`CHANGELOG.md's section for ${parsed.version} has no release date (## [${parsed.version}] - YYYY-MM-DD)`);
    if (section.body === '') problems.push(`CHANGELOG.md's section for ${parsed.version} is empty`);
  }
  return problems;
}

if (process.argv[1] === import.meta.filename) {
  const [command, tag = ''] = process.argv.slice(2);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (command === 'check') {
    const problems = releaseProblems(tag, version, changelog);
    for (const p of problems) console.error(`release: ${p}`);
    process.exit(problems.length > 0 ? 1 : 0);
  } else if (command === 'notes') {
    const section = changelogSection(changelog, parseTag(tag)?.version ?? '');
    if (section === null) {
      console.error(`release: no CHANGELOG.md section for ${tag}`);
      process.exit(1);
    }
    process.stdout.write(`${section.body}\n`);
  } else if (command === 'major') {
    const parsed = parseTag(tag);
    if (parsed === null) process.exit(1);
    if (parsed.prerelease === null) process.stdout.write(`v${parsed.major}\n`);
  } else {
    console.error('usage: node scripts/release.mjs check|notes|major vX.Y.Z');
    process.exit(2);
  }
}
