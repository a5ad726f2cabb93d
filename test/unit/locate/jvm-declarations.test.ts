// JVM tests whose reported name is no identifier: Kotlin backtick names, Spock features, JUnit 5
// display names; and the plain and parametrised method names beside them.
import { describe, expect, it } from 'vitest';
import { findDeclaration } from '../../../src/locate/declarations.js';

describe('findDeclaration on JVM files', () => {
  const kotlin = ['class CartTest {', '    @Test', '    fun `adds two items`() {', '        assertEquals(2, cart.size)', '    }', '}'];
  const spock = ['class CartSpec extends Specification {', '    def "adds two items"() {', '        expect: cart.size() == 2', '    }', '}'];
  const display = ['class CartTest {', '    @Test', '    @DisplayName("adds two items")', '    void addsTwo() {', '    }', '', '    @Test', '    void removes() {', '    }', '}'];

  it.each([
    ['Kotlin backticks', kotlin, 'adds two items()', 2],
    ['Kotlin backticks, no parentheses', kotlin, 'adds two items', 2],
    ['Spock feature', spock, 'adds two items', 1],
    ['JUnit 5 display name', display, 'adds two items()', 3],
    ['a plain method', display, 'removes()', 7],
    ['a parametrised method', ['class T {', '    @ParameterizedTest', '    void offloads(Case c) {', '    }', '}'], 'offloads(Case)[13]', 2],
  ] as const)('%s', (_what, lines, name, line) => {
    expect(findDeclaration(lines, name, 'java')).toBe(line);
  });

  it('a title no declaration carries is not found', () => {
    expect(findDeclaration(kotlin, 'removes an item()', 'java')).toBeNull();
    expect(findDeclaration(display, 'adds three items()', 'java')).toBeNull();
  });
});
