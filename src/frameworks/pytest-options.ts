import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Which of flakegate's plugin blocks are safe for this project's pytest configuration. */
export interface PytestBlocks {
  /** `-p no:cacheprovider`: no `.pytest_cache` writes, and no `--lf`/`--ff` reordering between runs. */
  readonly cacheprovider: boolean;
  /** `-p no:randomly`: the same test order in every run, so order is not a second variable. */
  readonly randomly: boolean;
  /** Why a block was left out, for the log. */
  readonly notes: readonly string[];
}

export const PYTEST_CONFIG_FILES = ['pytest.ini', '.pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini'];

// Options registered by the cacheprovider (and stepwise, which pytest blocks with it). Blocking the
// plugin while addopts still passes one of them makes pytest exit with "unrecognized arguments".
const CACHE_OPTIONS =
  /(?:^|[\s"'=])--(?:lf|last-failed|ff|failed-first|nf|new-first|lfnf|last-failed-no-failures|sw|stepwise|sw-skip|stepwise-skip|cache-show|cache-clear)\b|\bcache_dir\b/m;
// Any mention of pytest-randomly (its options, `-p randomly`, `randomly_seed`): leave it alone.
const RANDOMLY = /randomly/;

/**
 * Decides the plugin blocks from the project's pytest configuration and `$PYTEST_ADDOPTS`. A block
 * is dropped when the configuration uses the plugin's own options, since pytest would then reject
 * them; a plugin that is simply not installed is fine to block (`-p no:x` never fails).
 */
export async function pytestBlocks(cwd: string, env: NodeJS.ProcessEnv): Promise<PytestBlocks> {
  const texts = await Promise.all(PYTEST_CONFIG_FILES.map((name) => readFile(join(cwd, name), 'utf8').catch(() => '')));
  return decidePytestBlocks([...texts, env['PYTEST_ADDOPTS'] ?? '']);
}

export function decidePytestBlocks(configTexts: readonly string[]): PytestBlocks {
  const text = configTexts.join('\n');
  const notes: string[] = [];
  const cacheprovider = !CACHE_OPTIONS.test(text);
  if (!cacheprovider) notes.push('keeping pytest\'s cacheprovider: the project\'s pytest options use it (--lf/--ff/--sw/cache_dir)');
  const randomly = !RANDOMLY.test(text);
  if (!randomly) notes.push('keeping pytest-randomly: the project\'s pytest options configure it, so test order varies per run');
  return { cacheprovider, randomly, notes };
}
