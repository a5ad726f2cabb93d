// Finding a case's test among a report's tests, whatever file and id the report gave it. Pure.
import { posix } from 'node:path';
import type { Framework, TestRef } from './cases.js';
import { projectFile } from './dialects.js';

export interface ReportCause {
  readonly cause: string;
  readonly score: number;
  readonly label?: string;
  readonly evidence?: ReadonlyArray<{ readonly kind: string; readonly text: string }>;
}

export interface ReportTest {
  readonly id: string;
  readonly file?: string;
  readonly classname: string;
  readonly name: string;
  readonly verdict: string;
  readonly causes?: readonly ReportCause[];
}

const bare = (name: string): string => name.replace(/\(\)$/, '');

/** Evidence that a report test is this ref beyond its name: its file, else its classname. */
function sameLocation(t: ReportTest, ref: TestRef, framework: Framework, root: string): boolean {
  const file = projectFile(ref, root);
  if (t.file !== undefined && t.file !== '') return t.file === file || t.file.endsWith(`/${file}`) || file.endsWith(`/${t.file}`);
  switch (framework) {
    case 'pytest':
      return t.classname.startsWith(file.replace(/\.py$/, '').split('/').join('.'));
    case 'go':
      return posix.dirname(file) === '.' || t.classname.endsWith(posix.dirname(file));
    case 'junit':
      return t.classname === ref.class;
    default:
      // JS reports without a file: the suite titles are in the classname or the name.
      return (ref.suite ?? []).every((s) => t.classname.includes(s) || t.name.includes(s));
  }
}

export function findTest(tests: readonly ReportTest[], ref: TestRef, framework: Framework, root: string): ReportTest | undefined {
  const named = tests.filter((t) => bare(t.name) === bare(ref.name) || bare(t.name).endsWith(` ${ref.name}`) || bare(t.name).endsWith(`> ${ref.name}`));
  const located = named.filter((t) => sameLocation(t, ref, framework, root));
  return located[0] ?? (named.length === 1 ? named[0] : undefined);
}
