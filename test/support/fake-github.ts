// A local stand-in for api.github.com (127.0.0.1, random port) for the endpoints flakegate uses:
// issue comments (paginated with `link`), issues (by label), check runs, commits/{sha}/pulls, GET /user. It keeps
// state, logs every request, sends rate-limit headers, and plays scripted faults so tests can
// check retries, idempotent upserts and read-only tokens against real HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Status the fake answered with. */
  status: number;
}

export interface FakeUser {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  annotations: unknown[];
}

export interface Fault {
  /** HTTP status to answer with. */
  readonly status: number;
  /** How many matching requests fail (default 1). */
  readonly times?: number;
  /** `retry-after` header, seconds. */
  readonly retryAfter?: number;
  readonly message?: string;
  /** Primary rate limit: `x-ratelimit-remaining: 0` and a reset this many seconds ahead. */
  readonly rateLimitResetIn?: number;
  /** Perform the request's effect, then answer with the fault anyway ("502 after creating"). */
  readonly afterEffect?: boolean;
  /** Destroy the connection instead of answering (ECONNRESET mid-request); with afterEffect, after the effect. */
  readonly reset?: boolean;
}

interface ArmedFault extends Fault {
  readonly method: string;
  readonly path: RegExp;
  remaining: number;
}

type Reply = [status: number, data: unknown, headers?: Record<string, string>];

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  /** Issues (the stability tracking issue): list by label (paginated), create, get, update. */
  readonly issues: FakeIssue[] = [];
  /** Open PRs by commit SHA, for GET /repos/{o}/{r}/commits/{sha}/pulls. */
  readonly pullsByCommit = new Map<string, { number: number; state: string; head: { sha: string } }[]>();
  /** Open PRs for GET /repos/{o}/{r}/pulls (filtered by `head=owner:branch`). */
  readonly openPulls: { number: number; state: string; head: { sha: string; label: string } }[] = [];
  /** Author of comments created through the API. */
  author: FakeUser = BOT;
  /** Login GET /user returns; null = 403 like an installation token. */
  userLogin: string | null = null;
  /** Every write answers 403 "Resource not accessible by integration". */
  readOnly = false;
  url = '';
  /** Called with each request before it is answered (e.g. to check what exists on disk by then). */
  onRequest: ((request: LoggedRequest) => void) | undefined;
  private faults: ArmedFault[] = [];
  private nextId = 1000;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` requests matching method + path fail with `fault`. */
  fault(method: string, path: RegExp, fault: Fault): void {
    this.faults.push({ ...fault, method, path, remaining: fault.times ?? 1 });
  }

  /** Seeds a comment (e.g. someone else's, carrying our marker). */
  addComment(issue: number, body: string, user: FakeUser = BOT): FakeComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  requestsTo(method: string, path: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? null : JSON.parse(text);
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body, status: 0 };
    this.requests.push(entry);
    this.onRequest?.(entry);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(data === null ? '' : JSON.stringify(data));
    };

    const fault = this.faults.find((f) => f.remaining > 0 && f.method === entry.method && f.path.test(entry.path));
    if (fault !== undefined) fault.remaining -= 1;
    if (fault !== undefined && !fault.afterEffect) return this.sendFault(fault, send, res);
    const [status, data, headers] = this.route(entry, body);
    if (fault !== undefined) return this.sendFault(fault, send, res);
    send(status, data, headers);
  }

  private sendFault(f: Fault, send: (status: number, data: unknown, headers?: Record<string, string>) => void, res?: ServerResponse): void {
    if (f.reset === true && res !== undefined) {
      res.socket?.resetAndDestroy();
      return;
    }
    const headers: Record<string, string> = {};
    if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
    if (f.rateLimitResetIn !== undefined) {
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + f.rateLimitResetIn);
    }
    const message = f.message ?? (f.status >= 500 ? 'Server Error' : 'Fault');
    const data = f.status === 422 ? { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }] } : { message };
    send(f.status, data, headers);
  }

  private route(r: LoggedRequest, body: unknown): Reply {
    const b = (body ?? {}) as Record<string, unknown>;
    const write = r.method !== 'GET';
    if (write && this.readOnly) return [403, { message: 'Resource not accessible by integration' }];
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/user') {
      return this.userLogin === null ? [403, { message: 'Resource not accessible by integration' }] : [200, { login: this.userLogin, type: 'User' }];
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(r.path)) {
      if (r.method === 'GET') return this.listIssues(r);
      if (r.method === 'POST') {
        const issue: FakeIssue = { number: 100 + this.issues.length, title: String(b['title'] ?? ''), body: String(b['body'] ?? ''), state: 'open', labels: Array.isArray(b['labels']) ? b['labels'].map(String) : [] };
        if (issue.body.length > 65_536) return [422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] }];
        this.issues.push(issue);
        return [201, this.issueView(issue)];
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(r.path))) {
      const issue = this.issues.find((i) => i.number === Number(m?.[1]));
      if (issue === undefined) return [404, { message: 'Not Found' }];
      if (r.method === 'GET') return [200, this.issueView(issue)];
      if (r.method === 'PATCH') {
        if (typeof b['body'] === 'string' && b['body'].length > 65_536) return [422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] }];
        if (typeof b['body'] === 'string') issue.body = b['body'];
        if (b['state'] === 'open' || b['state'] === 'closed') issue.state = b['state'];
        if (typeof b['title'] === 'string') issue.title = b['title'];
        return [200, this.issueView(issue)];
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(r.path))) {
      const issue = Number(m[3]);
      if (r.method === 'GET') return this.listComments(r, issue);
      if (r.method === 'POST') {
        const text = String(b['body'] ?? '');
        if (text.length > 65_536) return [422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] }];
        return [201, this.view(this.addComment(issue, text, this.author))];
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path))) {
      const c = this.comments.find((x) => x.id === Number(m?.[1]));
      if (c === undefined) return [404, { message: 'Not Found' }];
      if (r.method === 'PATCH') {
        c.body = String(b['body'] ?? '');
        return [200, this.view(c)];
      }
      if (r.method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1);
        return [204, null];
      }
    }
    if (r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path)) {
      const output = (b['output'] ?? {}) as Record<string, unknown>;
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: String(b['name']),
        head_sha: String(b['head_sha']),
        status: String(b['status'] ?? 'queued'),
        conclusion: typeof b['conclusion'] === 'string' ? b['conclusion'] : null,
        title: String(output['title'] ?? ''),
        summary: String(output['summary'] ?? ''),
        annotations: Array.isArray(output['annotations']) ? [...(output['annotations'] as unknown[])] : [],
      };
      if (run.annotations.length > 50) return [422, { message: 'Validation Failed', errors: [{ message: 'annotations: at most 50' }] }];
      this.checkRuns.push(run);
      return [201, { id: run.id, html_url: `${this.url}/runs/${run.id}` }];
    }
    if (r.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(r.path))) {
      const run = this.checkRuns.find((x) => x.id === Number(m?.[1]));
      if (run === undefined) return [404, { message: 'Not Found' }];
      const output = (b['output'] ?? {}) as Record<string, unknown>;
      const added = Array.isArray(output['annotations']) ? (output['annotations'] as unknown[]) : [];
      if (added.length > 50) return [422, { message: 'Validation Failed', errors: [{ message: 'annotations: at most 50' }] }];
      run.annotations.push(...added);
      return [200, { id: run.id, html_url: `${this.url}/runs/${run.id}` }];
    }
    if (r.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(r.path)) {
      const head = r.query['head'];
      return [200, this.openPulls.filter((p) => head === undefined || p.head.label === head)];
    }
    if (r.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(r.path))) {
      return [200, this.pullsByCommit.get(m[1] ?? '') ?? []];
    }
    return [404, { message: `Not Found (fake has no ${r.method} ${r.path})` }];
  }

  private listComments(r: LoggedRequest, issue: number): Reply {
    const perPage = Math.min(Number(r.query['per_page'] ?? 30), 100);
    const page = Number(r.query['page'] ?? 1);
    const all = this.comments.filter((c) => c.issue === issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const data = all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c));
    if (page < last) {
      const next = new URL(`${this.url}${r.path}`);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(page + 1));
      const lastUrl = new URL(next);
      lastUrl.searchParams.set('page', String(last));
      return [200, data, { link: `<${next.href}>; rel="next", <${lastUrl.href}>; rel="last"` }];
    }
    return [200, data];
  }

  /** GET /issues: `labels` (comma-separated, all must match) and `state` filters, paginated like comments. */
  private listIssues(r: LoggedRequest): Reply {
    const labels = (r.query['labels'] ?? '').split(',').filter((l) => l !== '');
    const state = r.query['state'] ?? 'open';
    const all = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
    const perPage = Math.min(Number(r.query['per_page'] ?? 30), 100);
    const page = Number(r.query['page'] ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const data = all.slice((page - 1) * perPage, page * perPage).map((i) => this.issueView(i));
    if (page >= last) return [200, data];
    const next = new URL(`${this.url}${r.path}`);
    for (const [k, v] of Object.entries(r.query)) next.searchParams.set(k, v);
    next.searchParams.set('page', String(page + 1));
    return [200, data, { link: `<${next.href}>; rel="next"` }];
  }

  private issueView(i: FakeIssue): Record<string, unknown> {
    return { number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), html_url: `${this.url}/o/r/issues/${i.number}` };
  }

  private view(c: FakeComment): Record<string, unknown> {
    return { id: c.id, body: c.body, user: c.user, html_url: `${this.url}/o/r/pull/${c.issue}#issuecomment-${c.id}` };
  }
}
