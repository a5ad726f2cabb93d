import { shellQuote } from '../run/command-template.js';

/** How a command reads in logs and the report (`A=b python -m pytest ...`); never executed. */
export function displayCommand(file: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): string {
  return render(file, args, env, shellQuote);
}

/**
 * The same for a preset's `template`, whose `{workers}` / `{junit}` placeholders read better bare
 * (`-n {workers}`) than quoted as the literal braces they would be in a shell.
 */
export function displayTemplate(file: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): string {
  return render(file, args, env, (word) => (/^[A-Za-z0-9_@%+=:,./{}-]+$/.test(word) ? word : shellQuote(word)));
}

function render(file: string, args: readonly string[], env: Readonly<Record<string, string>>, quote: (word: string) => string): string {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${quote(value)}`);
  return [...assignments, quote(file), ...args.map(quote)].join(' ');
}
