// Which pull request a commit belongs to, for `mode: comment` in a `workflow_run` workflow:
// 1. the payload's `pull_requests` (GitHub fills it for same-repo PRs only);
// 2. `GET /repos/{owner}/{repo}/commits/{sha}/pulls` (finds same-repo and merged PRs);
// 3. `GET /repos/{owner}/{repo}/pulls?head=<fork-owner>:<branch>`, because (2) returns [] for a
//    commit that only exists in a fork (seen in TooTallNate/nx.js#410, nerva-project/nerva#79).
// Only an open PR whose head is exactly this commit counts, so a fork cannot aim the comment at
// another pull request.
import type { GitHubClient } from './client.js';
import type { GitHubContext } from './context.js';

export async function resolvePullRequest(octokit: GitHubClient, ctx: GitHubContext): Promise<number | null> {
  if (ctx.pullRequest !== null) return ctx.pullRequest.number;
  const sha = ctx.workflowRun?.headSha ?? ctx.sha;
  if (sha === null) return null;
  const fromPayload = ctx.workflowRun?.pullRequests.find((p) => p.headSha === sha);
  if (fromPayload !== undefined) return fromPayload.number;
  const { owner, repo } = ctx;
  const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
  const found = byCommit.data.find((p) => p.state === 'open' && p.head.sha === sha);
  if (found !== undefined) return found.number;
  const label = ctx.workflowRun?.headLabel;
  if (label === null || label === undefined) return null;
  const byHead = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: label, per_page: 100 });
  return byHead.data.find((p) => p.head.sha === sha)?.number ?? null;
}
