/** The first thing that stopped a read: where it was, and what saxes (or the reader) said. */
export interface ReportProblem {
  readonly message: string;
  /** 1-based line. */
  readonly line: number;
  /** 0-based column, as saxes counts it. */
  readonly column: number;
  /** saxes found the XML broken before the root element / inside it; or the reader refused it. */
  readonly kind: 'not-xml' | 'malformed' | 'refused';
}

/** One sentence for ParsedReport.error: what broke, and where (1-based line and column). */
export function describeProblem(problem: ReportProblem): string {
  const where = `line ${problem.line}, column ${problem.column + 1}`;
  const unclosed = /^unclosed tag: (.*)$/.exec(problem.message);
  // saxes only says "unclosed tag" at the end of input: the writer stopped mid-report.
  if (unclosed !== null) return `truncated report: it ends inside <${unclosed[1] ?? '?'}> (${where})`;
  if (problem.message.startsWith('document must contain a root element')) return `no root element: the report has no XML elements (${where})`;
  if (problem.kind === 'refused') return `${problem.message} (${where})`;
  return `${problem.kind === 'not-xml' ? 'not XML' : 'malformed XML'} at ${where}: ${problem.message}`;
}
