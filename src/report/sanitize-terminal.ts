// Terminal/log form of untrusted text: one line, no escape sequences or control characters, no
// secrets (redacted before the line is cut), and no leading `::` that the Actions runner would
// execute as a workflow command.
import { neutraliseWorkflowCommands, redactSecrets, stripControl } from './sanitize.js';

export function sanitizeTerminal(text: string, max = 200, secrets: readonly string[] = []): string {
  const oneLine = redactSecrets(stripControl(text), secrets).replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return neutraliseWorkflowCommands(cut);
}
