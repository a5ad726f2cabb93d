// pytest / pytest-xdist fixes. Isolation first; a serial group only as the last resort.
import type { Cause, Fix } from '../../model.js';

export const pythonFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Give each test its own directory with the `tmp_path` fixture (`tmp_path_factory` for session-wide files) instead of a fixed path.',
    example: [
      'def test_cache(tmp_path):',
      '    cache = tmp_path / "cache.json"',
      '    cache.write_text("{}")',
    ].join('\n'),
  },
  'shared-database': {
    summary: 'Use one database per worker (name it after the xdist `worker_id` fixture) or per test under `tmp_path`; never share one sqlite3 connection across threads (use a lock or one connection per thread).',
    example: [
      '@pytest.fixture',
      'def db(tmp_path_factory, worker_id):',
      '    path = tmp_path_factory.getbasetemp() / f"test_{worker_id}.db"',
      '    conn = sqlite3.connect(path)',
      '    yield conn',
      '    conn.close()',
    ].join('\n'),
  },
  'port-conflict': {
    summary: 'Bind port 0 and let the OS pick a free port, then pass the real port to the client.',
    example: [
      'sock = socket.socket()',
      'sock.bind(("127.0.0.1", 0))',
      'port = sock.getsockname()[1]',
    ].join('\n'),
  },
  'shared-global-state': {
    summary: 'Reset module-level state in a fixture (or build it per test); guard state shared between threads with a lock.',
    example: [
      '@pytest.fixture(autouse=True)',
      'def fresh_registry(monkeypatch):',
      '    monkeypatch.setattr(mymod, "REGISTRY", {})',
    ].join('\n'),
  },
  'order-dependence': {
    summary: 'Make the test set up everything it needs itself; reproduce with `pytest -p no:randomly` vs `-p randomly` or by running it alone and after its neighbours.',
    example: ['@pytest.fixture', 'def user(db):', '    return db.create_user("alice")  # not left behind by another test'].join('\n'),
  },
  'timing-under-load': {
    summary: 'Wait for the condition instead of sleeping a fixed time, and size timeouts for a loaded CI machine; if it only fails above the core count, lower `-n` (e.g. `-n auto`).',
    example: ['def wait_until(pred, timeout=10.0):', '    end = time.monotonic() + timeout', '    while not pred():', '        assert time.monotonic() < end', '        time.sleep(0.05)'].join('\n'),
  },
  'worker-crash': {
    summary: 'Find the crashing test with `pytest -p no:xdist` and `-X faulthandler`; keep native libraries out of forked state. Last resort: isolate it in a serial group.',
    example: ['@pytest.mark.xdist_group("native")', 'def test_uses_native_lib(): ...', '# run with: pytest -n 4 --dist loadgroup'].join('\n'),
  },
  'shared-env-or-cwd': {
    summary: 'Change the environment and working directory through `monkeypatch`, which restores them after the test.',
    example: ['def test_config(monkeypatch, tmp_path):', '    monkeypatch.setenv("APP_MODE", "test")', '    monkeypatch.chdir(tmp_path)'].join('\n'),
  },
  'resource-exhaustion': {
    summary: 'Close files, connections and servers in fixtures (`yield` then close); cap workers (`-n 4` instead of `-n auto`) if the machine is small.',
    example: ['@pytest.fixture', 'def client():', '    c = make_client()', '    yield c', '    c.close()'].join('\n'),
  },
  unknown: {
    summary: 'Run the test alone and with its co-failing tests (`pytest -n 2 -p no:randomly test_a test_b`) to find what they share; as a last resort group them with `@pytest.mark.xdist_group` and `--dist loadgroup`.',
    example: ['@pytest.mark.xdist_group("shared-thing")', 'def test_a(): ...', '# pytest -n 4 --dist loadgroup'].join('\n'),
  },
};
