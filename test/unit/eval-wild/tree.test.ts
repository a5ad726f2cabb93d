// Where the wild evaluation finds a case's test defined (scripts/eval-wild/tree.ts), on snippets.
import { describe, expect, it } from 'vitest';
import { definitionLine } from '../../../scripts/eval-wild/tree.js';

const goTable = ['package store', '', 'var cases = []struct {', '\tname string', '\tfn   func(t *testing.T)', '}{', '\t{"SmallFile", testSmall},', '\t{"Huge File", testHuge},', '}'].join('\n');

describe('wild evaluation: definition lines', () => {
  it('finds a Go test by its func declaration', () => {
    expect(definitionLine('package a\n\nfunc TestRoutes(t *testing.T) {\n}\n', { file: 'a_test.go', name: 'TestRoutes/get' }, 'go')).toBe(3);
  });

  it('finds a table-driven Go subtest by its entry in the file that defines the table', () => {
    expect(definitionLine(goTable, { file: 'mem_test.go', name: 'TestMem/SmallFile', definedIn: 'shared_test.go' }, 'go')).toBe(7);
    // go test reports spaces in subtest names as underscores
    expect(definitionLine(goTable, { file: 'mem_test.go', name: 'TestMem/Huge_File', definedIn: 'shared_test.go' }, 'go')).toBe(8);
  });

  it('does not accept a subtest whose name is not in the table', () => {
    expect(definitionLine(goTable, { file: 'mem_test.go', name: 'TestMem/Missing', definedIn: 'shared_test.go' }, 'go')).toBeNull();
  });

  it('still wants the parent func when the subtest is in the same file', () => {
    expect(definitionLine(goTable, { file: 'shared_test.go', name: 'TestMem/SmallFile', definedIn: 'shared_test.go' }, 'go')).toBeNull();
  });
});
