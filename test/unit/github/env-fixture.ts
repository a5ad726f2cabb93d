// Runner-like environments for publish/context tests: a temp event payload plus the GITHUB_* vars.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'm'.repeat(40);

export function prPayload(fork: boolean, number = 7): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: HEAD_SHA, repo: { full_name: fork ? 'someone/r' : 'o/r' } },
      base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
    },
  };
}

export function actionsEnv(apiUrl: string, payload: unknown, eventName = 'pull_request', extra: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'flakegate-event-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: '42',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_WORKSPACE: '/work',
    ...extra,
  };
}
