// Every GitHub limit flakegate renders against, named once, with where it comes from.
// Renderers build within these budgets and say what they left out (never a silent cut).

/**
 * Issue / pull-request comment body: 65,536 characters. The API answers 422
 * "Body is too long (maximum is 65536 characters)".
 * Source: https://docs.github.com/en/rest/issues/comments#create-an-issue-comment (body),
 * the 422 validation message; marocchino/sticky-pull-request-comment and EnricoMi's
 * publish-unit-test-result-action both truncate to this number.
 */
export const COMMENT_BODY_MAX_CHARS = 65_536;

/**
 * Job summary ($GITHUB_STEP_SUMMARY): 1 MiB per step; larger uploads are dropped with
 * "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k".
 * Source: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary
 */
export const JOB_SUMMARY_MAX_BYTES = 1_048_576;

/**
 * Check run `output.summary` and `output.text`: 65,535 characters each.
 * Source: https://docs.github.com/en/rest/checks/runs#create-a-check-run ("Maximum length: 65535 characters");
 * dorny/test-reporter trims its report to this value.
 */
export const CHECK_RUN_SUMMARY_MAX_CHARS = 65_535;
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;

/**
 * Check run annotations: at most 50 per create/update request; more need further
 * "Update a check run" requests. Source: https://docs.github.com/en/rest/checks/runs#update-a-check-run
 */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;

/**
 * Our own cap on check-run annotations across all update requests: each batch is one write
 * request (secondary rate limits), and a reviewer does not read more than a few hundred.
 */
export const CHECK_RUN_ANNOTATIONS_TOTAL = 500;

/** Check run annotation `title`, `message` and `raw_details`: 64 KB each (same docs page). */
export const CHECK_RUN_ANNOTATION_MESSAGE_MAX_CHARS = 64 * 1024;

/**
 * Workflow-command annotations (`::error file=...::`) shown per step: 10 errors and 10 warnings;
 * the rest are dropped silently by the UI. Per job: 50.
 * Source: https://github.com/orgs/community/discussions/68471 ("the 10 warning / 10 error limit",
 * "Extremely low annotation limit"); the docs' workflow-commands page does not state it.
 * Notices: we assume the same 10 (not confirmed by a source we found) and only ever emit two.
 */
export const STEP_ANNOTATIONS_PER_LEVEL = 10;
export const JOB_ANNOTATIONS_MAX = 50;

/** Issue comments list: `per_page` maximum is 100. Source: REST docs, list issue comments. */
export const COMMENTS_PER_PAGE = 100;

/** Check run `name` and annotation `title`: GitHub truncates long values; keep them short. */
export const CHECK_RUN_TITLE_MAX_CHARS = 255;
