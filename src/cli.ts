// The `flakegate` command: a thin shell over the same pipeline the action runs.
// Exit codes: 0 gate passed, 1 gate failed, 2 usage, setup or internal error, 130/143 cancelled
// by SIGINT/SIGTERM (after writing the report of the finished runs).
import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from './config.js';
import { SetupError } from './frameworks/errors.js';
import { CLI_OPTIONS, HELP, settingsFromArgs } from './cli-help.js';
import { createCliLogger, printError, printOut, printProgress } from './cli-progress.js';
import { parseJunitFile } from './parse/read-file.js';
import { runPipeline } from './pipeline.js';
import { reanalyse } from './reanalyse.js';
import { renderTerminal } from './report/terminal.js';
import type { Report } from './model.js';
import { VERSION } from './version.js';

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: CLI_OPTIONS, allowPositionals: true, strict: true });
  if (values.version) return print(`${VERSION}\n`);
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return print(HELP);
  const log = createCliLogger({ verbose: values.verbose === true, quiet: values.json === true });

  if (command === 'parse') {
    if (rest.length !== 1) throw new ConfigError('parse takes exactly one file: flakegate parse <junit.xml>');
    const parsed = await parseJunitFile(rest[0] ?? '');
    print(JSON.stringify(parsed, null, 2) + '\n');
    return parsed.status === 'ok' || parsed.status === 'salvaged' ? 0 : 2;
  }
  const raw = settingsFromArgs(values);
  let report: Report;
  if (command === 'run') {
    if (rest.length > 0) throw new ConfigError(`run takes no positional arguments (got '${rest[0]}'); pass the test command with --command`);
    const config = parseConfig(raw, 'cli');
    const tty = process.stderr.isTTY === true && values.json !== true;
    const cancel = cancelOnSignals(log);
    ({ report } = await runPipeline(config, { log, onProgress: (p) => printProgress(p, tty), signal: cancel.signal }));
    if (cancel.received !== null) {
      print(renderTerminal(report, { color: false, width: terminalWidth() }));
      return cancel.received === 'SIGINT' ? 130 : 143;
    }
  } else if (command === 'analyze' || command === 'analyse') {
    if (rest.length === 0) throw new ConfigError('analyze needs at least one report.json or runs directory');
    ({ report } = await reanalyse(rest, raw, log));
  } else {
    throw new ConfigError(`unknown command '${command}'; commands: run, analyze, parse (see flakegate --help)`);
  }
  if (values.json) print(JSON.stringify(report, null, 2) + '\n');
  else {
    const color = process.stdout.isTTY === true && values['no-color'] !== true && !process.env.NO_COLOR;
    print(renderTerminal(report, { color, width: terminalWidth(), all: values.all === true }));
  }
  return report.gate.failed ? 1 : 0;
}

/**
 * Test runs live in their own process groups (so a timeout can kill the whole tree), which also
 * means Ctrl-C does not reach them: the first SIGINT/SIGTERM ends the current run's tree and lets
 * the pipeline write the report of the finished runs; a second one exits at once.
 */
function cancelOnSignals(log: { warn(m: string): void }): { signal: AbortSignal; readonly received: NodeJS.Signals | null } {
  const controller = new AbortController();
  const state = { signal: controller.signal, received: null as NodeJS.Signals | null };
  const onSignal = (sig: NodeJS.Signals): void => {
    if (state.received !== null) process.exit(sig === 'SIGINT' ? 130 : 143);
    state.received = sig;
    log.warn(`${sig}: stopping the current run and writing the report of the finished runs (again to quit at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return state;
}

/** Logs and pipes have no width: only a terminal gets names shortened to fit. */
function terminalWidth(): number {
  return process.stdout.isTTY ? (process.stdout.columns ?? 100) : 240;
}

function print(text: string): number {
  printOut(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof SetupError || (error instanceof Error && error.name === 'TypeError' && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      printError(`flakegate: ${error.message}\n`);
      if (error instanceof SetupError && error.hint) printError(`  fix: ${error.hint}\n`);
    } else {
      printError(`flakegate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
