import type { Attempt, TestCase } from '../model.js';
import { capText } from './bounded-text.js';

/**
 * Bounds the message/details text of a whole report. Each field is already capped, but a
 * suite where every test fails (database down) would still hold 100,000 x 16 KB stacks, and the
 * pipeline keeps every run's cases. Tests keep their full text until the report has used
 * `budget` characters; later tests keep only a short message and no details.
 */
export interface TextBudget {
  spend(test: TestCase): TestCase;
}

const SHORT_MESSAGE = 200;

function size(test: TestCase): number {
  let total = (test.message?.length ?? 0) + (test.details?.length ?? 0);
  for (const attempt of test.attempts ?? []) total += (attempt.message?.length ?? 0) + (attempt.details?.length ?? 0);
  return total;
}

function shortAttempt({ details: _dropped, ...attempt }: Attempt): Attempt {
  return attempt.message === undefined ? attempt : { ...attempt, message: capText(attempt.message, SHORT_MESSAGE) };
}

export function createTextBudget(budget: number): TextBudget {
  let left = budget;
  return {
    spend(test) {
      const needed = size(test);
      if (needed <= left) {
        left -= needed;
        return test;
      }
      left = 0;
      const { details: _dropped, ...rest } = test;
      return {
        ...rest,
        ...(rest.message === undefined ? {} : { message: capText(rest.message, SHORT_MESSAGE) }),
        ...(rest.attempts === undefined ? {} : { attempts: rest.attempts.map(shortAttempt) }),
      };
    },
  };
}
