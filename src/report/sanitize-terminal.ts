// Terminal/log form of untrusted text: one line, no escape sequences or control characters, and
// no leading `::` that the Actions runner would execute as a workflow command.
import { neutraliseWorkflowCommands, stripControl } from './sanitize.js';

export function sanitizeTerminal(text: string, max = 200): string {
  const oneLine = stripControl(text).replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return neutraliseWorkflowCommands(cut);
}
