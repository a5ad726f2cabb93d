// Line rules for the source scan: one risky construct each. Bounded quantifiers only; lines are
// capped before matching. `resource` names the capture that identifies what is shared, so the
// same port or path in two co-failing tests can be recognised.
import type { Cause } from '../model.js';
import type { Lang } from './source-lang.js';
import type { SourceFindingKind } from './types.js';

export interface LineRule {
  readonly kind: SourceFindingKind;
  readonly cause: Cause;
  /** Languages the rule applies to; null = all. */
  readonly langs: readonly Lang[] | null;
  readonly pattern: RegExp;
  /** Prefix for the resource key; the key is `<prefix><capture 1>` (or the prefix alone). */
  readonly resource: string;
  /** Lines that look risky but are the idiomatic fix (mkdtemp under /tmp, monkeypatch). */
  readonly unless?: RegExp;
}

const DB_URL = /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|jdbc:[a-z]{1,20}):\/\//;
const SAFE_TEMP = /mkdtemp|mkstemp|TemporaryDirectory|NamedTemporaryFile|tmp_path|TempDir\(\)|tempfile::/;
/** A name made per worker or per run: the idiomatic fix for a shared database or path. */
const PER_WORKER = /XDIST_WORKER|worker_?id|workerId|JEST_WORKER_ID|VITEST_POOL_ID|VITEST_WORKER_ID|MOCHA_WORKER_ID|TEST_PARALLEL|getpid\(\)|process\.pid|os\.Getpid|ProcessHandle|uuid|randomUUID|\brandom|nanoid|\$\{|\bf['"]|%s|\.format\(|Sprintf/;

/** A port setting passed into a container as an environment variable: `-e DB_PORT=5432`, `--env=PORT=80`. */
const CONTAINER_ENV_PORT = /(?:^|[\s"'`])(?:-e|--env)(?:\s{1,3}|=)[\w.]{0,60}port\s{0,5}=/i;

export const lineRules: readonly LineRule[] = [
  // Ports
  // A client URL of a database server is a shared database, not a port this test binds.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: null, resource: 'port:', unless: DB_URL, pattern: /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):(\d{2,5})\b/ },
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['python'], resource: 'port:', pattern: /\.bind\(\(\s{0,5}['"][^'"]{0,100}['"]\s{0,5},\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // An address tuple handed to a server or client: ('', 25000), ('localhost', 8000).
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['python'], resource: 'port:', pattern: /\(\s{0,5}['"](?:|localhost|127\.0\.0\.1|0\.0\.0\.0|::1?)['"]\s{0,5},\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // Not a variable handed to a container (`docker run -e MYSQL_PORT=5434`): that port is inside the
  // container's own network; only `-p HOST:CONTAINER` publishes one on the machine.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: null, resource: 'port:', unless: CONTAINER_ENV_PORT, pattern: /(?:\b|_)port\s{0,5}[=:]\s{0,5}(\d{2,5})\b/i },
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['js'], resource: 'port:', pattern: /\.listen\(\s{0,5}(\d{2,5})\b/ },
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: null, resource: 'port:', pattern: /['"`]:(\d{2,5})['"`]/ },
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['java', 'ruby', 'dotnet'], resource: 'port:', pattern: /\b(?:ServerSocket|InetSocketAddress|TCPServer\.new|TcpListener|IPEndPoint)\([^)]{0,100}?\b(\d{2,5})\s{0,5}\)/ },
  // JVM HTTP mocks (WireMock) and server builders given a literal port.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['java'], resource: 'port:', pattern: /\bnew WireMock(?:Rule|Server|ClassRule)\(\s{0,5}(\d{2,5})\s{0,5}[,)]|\.(?:port|httpPort|dynamicHttpsPort)\(\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // Spring Boot's DEFINED_PORT starts the app on `server.port` (8080 unless set): one port for every fork.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['java'], resource: 'port:spring-defined-port', pattern: /\bDEFINED_PORT\b/ },
  // A named port setting given a literal: `httpPort = 8080`, `serverPort: 3000`, `@WireMockTest(httpPort = 8089)`.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: null, resource: 'port:', pattern: /\b[A-Za-z]\w{0,20}Port\s{0,5}[=:]\s{0,5}(\d{4,5})\b/ },
  // A server started on a literal port: MockWebServer.start(8080), Javalin .start(7070).
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: ['java'], resource: 'port:', pattern: /\.start\(\s{0,5}(\d{4,5})\s{0,5}\)/ },
  // A port taken from the environment with a fixed fallback: `process.env.PORT || 3000`, `os.environ.get("PORT", 8000)`.
  { kind: 'hard-coded-port', cause: 'port-conflict', langs: null, resource: 'port:', pattern: /(?:\b|_)PORT\b['"]?\]?\s{0,5}(?:\|\||\?\?|\bor\b|,)\s{0,5}['"]?(\d{4,5})\b/ },
  // Fixed temp paths: a literal under /tmp, or the system temp dir joined with a fixed name.
  { kind: 'fixed-temp-path', cause: 'shared-file-path', langs: null, resource: 'path:', unless: SAFE_TEMP, pattern: /['"`]((?:\/var)?\/tmp\/[^'"`\s{}$]{1,200})['"`]/ },
  { kind: 'fixed-temp-path', cause: 'shared-file-path', langs: ['python'], resource: 'tmp:', unless: SAFE_TEMP, pattern: /gettempdir\(\)\)?\s{0,5}[,+/]\s{0,5}['"]([^'"{}]{1,200})['"]/ },
  { kind: 'fixed-temp-path', cause: 'shared-file-path', langs: ['js'], resource: 'tmp:', unless: SAFE_TEMP, pattern: /\btmpdir\(\)\s{0,5}[,+]\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: 'fixed-temp-path', cause: 'shared-file-path', langs: ['go'], resource: 'tmp:', pattern: /os\.TempDir\(\)\s{0,5}[,+]\s{0,5}"([^"]{1,200})"/ },
  { kind: 'fixed-temp-path', cause: 'shared-file-path', langs: ['java', 'dotnet', 'rust'], resource: 'tmp:', pattern: /(?:java\.io\.tmpdir"\)|GetTempPath\(\)|temp_dir\(\)\.join\()\s{0,5}[,+]?\s{0,5}"([^"]{1,200})"/ },
  // Fixed relative output paths: written in the working directory every worker shares.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', pattern: /\bopen\(\s{0,5}['"]([^'"/{}][^'"{}]{0,200})['"]\s{0,5},\s{0,5}['"][wax]/ },
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', pattern: /\bPath\(\s{0,5}['"]([^'"{}]{1,200})['"]\s{0,5}\)\.(?:write_text|write_bytes|mkdir|touch|unlink|rename|replace|rmdir)\(/ },
  // Writing, touching, renaming or removing a fixed path in the tree every worker shares.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['js'], resource: 'path:', unless: SAFE_TEMP, pattern: /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdirSync|renameSync|rename|unlinkSync|unlink|rmSync|rmdirSync|utimesSync|utimes|copyFileSync|touch|outputFileSync|removeSync|emptyDirSync)\(\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', unless: SAFE_TEMP, pattern: /\b(?:os\.(?:remove|unlink|rename|replace|utime|makedirs|mkdir|rmdir)|shutil\.(?:rmtree|move|copy|copyfile|copytree))\(\s{0,5}['"]([^'"{}]{1,200})['"]/ },
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['go'], resource: 'path:', pattern: /os\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|Chtimes|OpenFile)\(\s{0,5}"([^"]{1,200})"/ },
  // A path built inline from the test's own directory (or the cwd) and a fixed name, then written:
  // `fs.writeFileSync(path.join(__dirname, 'out.json'))`, `rimraf(path.resolve(__dirname, 'tmp'))`.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['js'], resource: 'path:', pattern: /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rm|rmSync|rmdir|rmdirSync|unlink|unlinkSync|rename|renameSync|copyFile|copyFileSync|outputFile|outputFileSync|outputJson|outputJsonSync|writeJson|writeJsonSync|emptyDir|emptyDirSync|remove|removeSync|ensureDir|ensureDirSync|createWriteStream|rimraf|rimrafSync|mkdirp)\(\s{0,5}(?:path\.)?(?:join|resolve)\(\s{0,5}(?:__dirname|process\.cwd\(\)|import\.meta\.dirname|['"`][^'"`$]{0,80}['"`])[^)]{0,200}?['"`]([^'"`$/{}]{1,100})['"`]\s{0,5}\)/ },
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['js'], resource: 'path:', unless: SAFE_TEMP, pattern: /\b(?:outputFile|outputJson|outputJsonSync|writeJson|writeJsonSync|emptyDir|ensureDir|ensureDirSync|remove|rimraf|rimrafSync|mkdirp|createWriteStream|copySync|moveSync)\(\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  // Python data writers given a fixed relative file: `np.save("x.npy", a)`, `df.to_csv("out.csv")`, `plt.savefig("fig.png")`.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', unless: SAFE_TEMP, pattern: /\b(?:save|savez|savez_compressed|savetxt|save_npz|savefig|to_csv|to_parquet|to_json|to_pickle|to_excel|to_feather|to_hdf|to_netcdf)\(\s{0,5}['"]([^'"{}]{1,200}\.\w{1,8})['"]/ },
  // Python: `open(os.path.join(os.path.dirname(__file__), "out.txt"), "w")`, `(Path(__file__).parent / "out").mkdir()`.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', pattern: /\bopen\(\s{0,5}os\.path\.join\(\s{0,5}(?:os\.path\.dirname\(|os\.getcwd\(\)|['"]\.['"]|[A-Z][A-Z0-9_]{0,40}(?:DIR|ROOT|PATH)\b)[^\n]{0,200}?['"]([^'"{}/]{1,100})['"]\s{0,5}\)\s{0,5},\s{0,5}(?:mode\s{0,5}=\s{0,5})?['"][wax]/ },
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['python'], resource: 'path:', pattern: /\b(?:Path\(\s{0,5}__file__\s{0,5}\)|Path\.cwd\(\))[\w.()]{0,60}\s{0,5}\/\s{0,5}['"]([^'"{}]{1,100})['"]\s{0,5}\)?\.(?:write_text|write_bytes|mkdir|touch|unlink|rmdir|open\(\s{0,5}['"][wax])/ },
  // Go: a path joined from literals only (no t.TempDir()), written: `os.WriteFile(filepath.Join("testdata", "out.json"), ...)`.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['go'], resource: 'path:', pattern: /os\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|OpenFile)\(\s{0,5}filepath\.Join\(\s{0,5}"[^"]{0,100}"\s{0,5},\s{0,5}(?:"[^"]{0,100}"\s{0,5},\s{0,5})?"([^"]{1,100})"\s{0,5}\)/ },
  // Java: a fixed relative file written: `Files.write(Paths.get("build/out.txt"), ...)`, `new FileWriter("out.txt")`.
  { kind: 'fixed-output-path', cause: 'shared-file-path', langs: ['java'], resource: 'path:', pattern: /\bFiles\.(?:write|writeString|createDirector(?:y|ies)|createFile|delete|deleteIfExists|copy|move|newBufferedWriter|newOutputStream)\(\s{0,5}(?:Paths\.get|Path\.of)\(\s{0,5}"([^"]{1,200})"|\bnew (?:FileWriter|FileOutputStream|PrintWriter)\(\s{0,5}"([^"]{1,200})"/ },
  // Shared databases
  { kind: 'shared-db-file', cause: 'shared-database', langs: ['python'], resource: 'db:', pattern: /\b(?:sqlite3|duckdb)\.connect\(\s{0,5}['"]([^'":{}][^'"{}]{0,200})['"]/ },
  // Not a dotted module path (`django.db.backends.sqlite3` names a driver, not a file).
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', pattern: /['"`]((?![A-Za-z_]\w{0,60}\.[A-Za-z_]\w{0,60}\.\w)[^'"`\s{}$:]{1,200}\.(?:db|sqlite|sqlite3|duckdb))['"`]/ },
  { kind: 'shared-db-file', cause: 'shared-database', langs: ['go'], resource: 'db:', pattern: /sql\.Open\(\s{0,5}"[^"]{1,40}"\s{0,5},\s{0,5}"([^":][^"]{0,200})"/ },
  { kind: 'shared-db-file', cause: 'shared-database', langs: ['js'], resource: 'db:', pattern: /new (?:Database|sqlite3\.Database)\(\s{0,5}['"`]([^'"`:${}][^'"`${}]{0,200})['"`]/ },
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?):\/\/[^'"`\s/]{0,200}\/(\w{1,100})/ },
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', pattern: /\bCREATE DATABASE\s{1,5}(?:IF NOT EXISTS\s{1,5})?["`]?(\w{1,100})/i },
  // A database setting given a fixed file: `database: path.join(ROOT, 'writable', 'test.sql')`,
  // `DATABASE_URL = "sqlite:///test.db"`, `filename: "./data/test.sqlite"`.
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', unless: SAFE_TEMP, pattern: /\b(?:database|db_?path|db_?file|dbFile|dbPath|sqlite_?path|filename|storage)['"]?\s{0,5}[:=]\s{0,5}(?:path\.(?:join|resolve)|os\.path\.join|filepath\.Join|Path)?\(?[^'"`\n]{0,120}['"`]([^'"`\s{}$:]{1,200}\.(?:db|sqlite|sqlite3|sql|duckdb))['"`]/i },
  // JDBC URLs of embedded databases: a named in-memory H2/HSQLDB/Derby database is one per JVM,
  // shared by every test running in it; a file database by every fork.
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', unless: PER_WORKER, pattern: /\bjdbc:(?:h2|hsqldb|derby|sqlite):(?:mem:|memory:|file:)?([\w./-]{1,200})/ },
  // SQLAlchemy-style URL of a SQLite file: `sqlite:///test.db` (not `sqlite://` or `:memory:`).
  { kind: 'shared-db-file', cause: 'shared-database', langs: null, resource: 'db:', unless: PER_WORKER, pattern: /\bsqlite(?:\+\w{1,20})?:\/\/\/([^'"`\s{}$:?]{1,200})/ },
  // One database name for every worker, in a client's settings: `database: 'app_test'`, `dbname="test"`.
  { kind: 'fixed-db-name', cause: 'shared-database', langs: null, resource: 'db:', unless: PER_WORKER, pattern: /\b(?:database|dbname|db_name|DB_NAME|POSTGRES_DB|MYSQL_DATABASE|DATABASE_NAME)['"]?\s{0,5}[:=]\s{0,5}['"]([A-Za-z_][\w-]{1,100})['"]/ },
  // A fixed table (or the whole schema) emptied or dropped: `TRUNCATE TABLE users`, `DELETE FROM orders`,
  // `sequelize.sync({ force: true })`, `Base.metadata.drop_all(engine)`, `db.dropDatabase()`.
  { kind: 'db-table-reset', cause: 'shared-database', langs: null, resource: 'table:', pattern: /\b(?:TRUNCATE(?: TABLE)?|DELETE FROM|DROP TABLE(?: IF EXISTS)?)\s{1,5}[`"]?(\w{1,100})/ },
  { kind: 'db-table-reset', cause: 'shared-database', langs: null, resource: 'table:*', pattern: /\.sync\(\s{0,5}\{\s{0,5}force\s{0,5}:\s{0,5}true|\bdropSchema\s{0,5}:\s{0,5}true|\.dropDatabase\(\)|\bmetadata\.drop_all\(|\.deleteMany\(\s{0,5}(?:\{\s{0,5}\})?\s{0,5}\)|\.flush(?:db|all|DB|All)\(\)|\bFLUSH(?:DB|ALL)\b/ },
  { kind: 'shared-memory-db', cause: 'shared-database', langs: ['python'], resource: 'db:shared-connection', pattern: /check_same_thread\s{0,5}=\s{0,5}False/ },
  { kind: 'shared-memory-db', cause: 'shared-database', langs: null, resource: 'db:shared-memory', pattern: /mode=memory&cache=shared|:memory:\?cache=shared/ },
  // Working directory: process-wide.
  { kind: 'chdir', cause: 'shared-env-or-cwd', langs: null, resource: 'cwd', pattern: /\bos\.chdir\(|\bprocess\.chdir\(|\bos\.Chdir\(|\bDir\.chdir\b|SetCurrentDirectory\(|CurrentDirectory\s{0,5}=[^=]|set_current_dir\(|"user\.dir"\s{0,5},/ },
  // Environment: process-wide; the safe forms (monkeypatch.setenv, t.Setenv, vi.stubEnv) do not match.
  // A key computed at run time (`os.environ[k] = v` in a loop over a table) is the environment all the same.
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['python'], resource: 'env:', pattern: /\bos\.environ\[\s{0,5}(?:['"]([^'"]{1,100})['"]|[\w.]{1,100})\s{0,5}\]\s{0,5}=(?!=)/ },
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['python'], resource: 'env:', pattern: /\bos\.environ\.(?:update|pop|setdefault|clear)\(\s{0,5}(?:['"]([^'"]{1,100})['"])?|\bdel os\.environ\[\s{0,5}(?:['"]([^'"]{1,100})|\w)|\bos\.(?:putenv|unsetenv)\(\s{0,5}(?:['"]([^'"]{1,100})|\w)/ },
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['python'], resource: 'env:', pattern: /(?<![\w.])environ\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)/ },
  // The whole environment replaced: `process.env = { ...OLD_ENV }`.
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['js'], resource: 'env:', pattern: /\bprocess\.env\s{0,5}=(?!=)/ },
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['js'], resource: 'env:', pattern: /\bprocess\.env\.([A-Za-z_]\w{0,100})\s{0,5}=(?!=)|\bprocess\.env\[\s{0,5}(?:['"`]([^'"`]{1,100})['"`]|[\w.]{1,100})\s{0,5}\]\s{0,5}=(?!=)|\bdelete process\.env(?:\.(\w{1,100})|\[)|Object\.assign\(process\.env/ },
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['go'], resource: 'env:', pattern: /\bos\.(?:Setenv|Unsetenv)\(\s{0,5}(?:"([^"]{1,100})"|[\w.]{1,100}\s{0,5},|[\w.]{1,100}\s{0,5}\))|\bos\.Clearenv\(/ },
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['ruby', 'dotnet', 'rust', 'java'], resource: 'env:', pattern: /\bENV\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)|SetEnvironmentVariable\(\s{0,5}"([^"]{1,100})"|env::(?:set_var|remove_var)\(\s{0,5}"([^"]{1,100})"|System\.setProperty\(\s{0,5}"([^"]{1,100})"/ },
  // JVM: system properties and environment helpers are process-wide under concurrent JUnit
  // (system-lambda's withEnvironmentVariable, system-rules/system-stubs EnvironmentVariables).
  { kind: 'env-mutation', cause: 'shared-env-or-cwd', langs: ['java'], resource: 'env:', pattern: /\bSystem\.clearProperty\(\s{0,5}"([^"]{1,100})"|\bSystem\.getProperties\(\)\.(?:put|setProperty|remove)\(\s{0,5}"([^"]{1,100})"|\bwithEnvironmentVariable\(\s{0,5}"([^"]{1,100})"|\benvironmentVariables\.(?:set|clear)\(\s{0,5}"([^"]{1,100})"|\bposix\.(?:setenv|unsetenv)\(\s{0,5}"([^"]{1,100})"/ },
  // Reads: evidence only beside a co-failing test that changes the same variable or directory.
  { kind: 'env-read', cause: 'shared-env-or-cwd', langs: null, resource: 'cwd', pattern: /\bos\.getcwd\(\)|\bPath\.cwd\(\)|\bprocess\.cwd\(\)|\bos\.Getwd\(\)|"user\.dir"\s{0,5}\)/ },
  { kind: 'env-read', cause: 'shared-env-or-cwd', langs: ['python'], resource: 'env:', pattern: /\bos\.(?:environ\.get|getenv)\(\s{0,5}['"]([^'"]{1,100})['"]|\bos\.environ\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]/ },
  { kind: 'env-read', cause: 'shared-env-or-cwd', langs: ['js'], resource: 'env:', pattern: /\bprocess\.env\.([A-Za-z_]\w{0,100})|\bprocess\.env\[\s{0,5}['"`]([^'"`]{1,100})['"`]/ },
  { kind: 'env-read', cause: 'shared-env-or-cwd', langs: ['go'], resource: 'env:', pattern: /\bos\.(?:Getenv|LookupEnv)\(\s{0,5}"([^"]{1,100})"/ },
  { kind: 'env-read', cause: 'shared-env-or-cwd', langs: ['java'], resource: 'env:', pattern: /\bSystem\.(?:getenv|getProperty)\(\s{0,5}"([^"]{1,100})"/ },
];

/** Calls that remove what a test created; their absence in the test's scope is the missing-cleanup hint. */
export const CLEANUP = /os\.remove|os\.unlink|\.unlink\(|rmtree|\.rmdir\(|unlinkSync|rmSync|rmdirSync|\bfs\.rm\(|\brm\(|os\.Remove|t\.Cleanup|addfinalizer|\.delete\(|deleteIfExists|FileUtils\.rm|File\.Delete|Directory\.Delete|remove_file|remove_dir_all/;

/** Lines that create the thing a fixed-path finding names (vs only reading it). */
export const CREATES = /\bopen\(|write|Create|connect\(|mkdir|touch|Database\(|sql\.Open|Files\.(?:write|create)|new File/i;
