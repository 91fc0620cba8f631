/** CI systems whose environment variables can fill a trail's git fields (X-Factstore-CI-Context). */
export const CI_CONTEXTS = [
  'github-actions',
  'gitlab-ci',
  'jenkins',
  'circleci',
  'azure-devops',
] as const;
export type CiContext = (typeof CI_CONTEXTS)[number];

export interface GitFields {
  gitCommitSha?: string;
  gitBranch?: string;
  gitAuthor?: string;
  gitAuthorEmail?: string;
  pullRequestNumber?: number;
  buildUrl?: string;
}

const prNumber = (value: string | undefined) => {
  const match = value ? /(\d+)/.exec(value) : null;
  return match ? Number(match[1]) : undefined;
};

/** Splits GitLab's `Name <email>` author. */
function splitAuthor(value: string | undefined): {
  name?: string;
  email?: string;
} {
  const match = value ? /^(.*?)\s*<([^>]+)>$/.exec(value) : null;
  return match ? { name: match[1], email: match[2] } : { name: value };
}

/**
 * Reads the git fields a CI system exposes in its documented environment variables. Only values
 * that are present are returned, so explicit body fields can override them.
 */
export function gitFieldsFromCi(
  ci: CiContext,
  env: Record<string, string>,
): GitFields {
  const pick = (fields: GitFields): GitFields =>
    Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''),
    ) as GitFields;
  switch (ci) {
    case 'github-actions':
      return pick({
        gitCommitSha: env.GITHUB_SHA,
        gitBranch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
        gitAuthor: env.GITHUB_ACTOR,
        pullRequestNumber: env.GITHUB_REF?.startsWith('refs/pull/')
          ? prNumber(env.GITHUB_REF)
          : undefined,
        buildUrl:
          env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined,
      });
    case 'gitlab-ci': {
      const author = splitAuthor(env.CI_COMMIT_AUTHOR);
      return pick({
        gitCommitSha: env.CI_COMMIT_SHA,
        gitBranch:
          env.CI_COMMIT_BRANCH ||
          env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
          env.CI_COMMIT_REF_NAME,
        gitAuthor: author.name || env.GITLAB_USER_LOGIN,
        gitAuthorEmail: author.email || env.GITLAB_USER_EMAIL,
        pullRequestNumber: prNumber(env.CI_MERGE_REQUEST_IID),
        buildUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
      });
    }
    case 'jenkins':
      return pick({
        gitCommitSha: env.GIT_COMMIT,
        gitBranch: env.CHANGE_BRANCH || env.BRANCH_NAME || env.GIT_BRANCH,
        gitAuthor:
          env.CHANGE_AUTHOR || env.GIT_AUTHOR_NAME || env.GIT_COMMITTER_NAME,
        gitAuthorEmail:
          env.CHANGE_AUTHOR_EMAIL ||
          env.GIT_AUTHOR_EMAIL ||
          env.GIT_COMMITTER_EMAIL,
        pullRequestNumber: prNumber(env.CHANGE_ID),
        buildUrl: env.BUILD_URL,
      });
    case 'circleci':
      return pick({
        gitCommitSha: env.CIRCLE_SHA1,
        gitBranch: env.CIRCLE_BRANCH,
        gitAuthor: env.CIRCLE_USERNAME,
        pullRequestNumber:
          prNumber(env.CIRCLE_PR_NUMBER) ??
          prNumber(env.CIRCLE_PULL_REQUEST?.split('/').pop()),
        buildUrl: env.CIRCLE_BUILD_URL,
      });
    case 'azure-devops':
      return pick({
        gitCommitSha: env.BUILD_SOURCEVERSION,
        gitBranch:
          env.SYSTEM_PULLREQUEST_SOURCEBRANCH?.replace(/^refs\/heads\//, '') ||
          env.BUILD_SOURCEBRANCHNAME,
        gitAuthor: env.BUILD_REQUESTEDFOR,
        gitAuthorEmail: env.BUILD_REQUESTEDFOREMAIL,
        pullRequestNumber: prNumber(
          env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER ||
            env.SYSTEM_PULLREQUEST_PULLREQUESTID,
        ),
        buildUrl:
          env.SYSTEM_COLLECTIONURI &&
          env.SYSTEM_TEAMPROJECT &&
          env.BUILD_BUILDID
            ? `${env.SYSTEM_COLLECTIONURI.replace(/\/?$/, '/')}${env.SYSTEM_TEAMPROJECT}/_build/results?buildId=${env.BUILD_BUILDID}`
            : undefined,
      });
    default:
      return {};
  }
}
