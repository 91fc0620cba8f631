import { DEMO } from './annotations';
import { postGitHub, postJson, seeded } from './http';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/**
 * 90 days of production deployments (most weekdays, some days twice) of the demo project, each
 * with the commit it shipped, and an incident after roughly one deployment in eight, resolved
 * within hours: enough for every DORA metric, its tier and its trend.
 *
 * DevLake's deployment webhook carries no commit time the metrics trust, so each shipped commit
 * is also pushed to the default branch through the GitHub webhook (the repository's name is the
 * project): that push gives the commit time lead time for changes is measured from.
 */
export async function loadDevlake(options: {
  baseUrl: string;
  webhookSecret: string;
  githubWebhookSecret: string;
  now?: Date;
}): Promise<{ deployments: number; incidents: number; commits: number }> {
  const { baseUrl, webhookSecret } = options;
  const now = options.now?.getTime() ?? Date.now();
  const random = seeded(42);
  const hooks = `${baseUrl}/api/devlake/plugins/webhook/connections/${DEMO.devlakeConnection}`;
  let deployments = 0;
  let incidents = 0;
  let commits = 0;
  for (let day = DEMO.days; day >= 1; day--) {
    const date = new Date(now - day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const count = random() < 0.3 ? 2 : 1;
    for (let n = 0; n < count; n++) {
      const finished = date.getTime() + (10 + n * 4) * HOUR;
      // Lead time shrinks over the quarter: the trend the card shows.
      const leadHours = 6 + random() * 40 * (day / DEMO.days);
      const id = `demo-deploy-${day}-${n}`;
      const sha = `${day.toString(16).padStart(4, '0')}${n}`.padEnd(40, 'a');
      const committed = new Date(finished - leadHours * HOUR).toISOString();
      await postGitHub(
        `${baseUrl}/api/devlake/webhooks/github`,
        options.githubWebhookSecret,
        'push',
        {
          ref: 'refs/heads/main',
          repository: {
            name: DEMO.devlakeProject,
            full_name: `acme/${DEMO.devlakeProject}`,
            default_branch: 'main',
            pushed_at: Math.floor((finished - 2 * HOUR) / 1000),
          },
          commits: [
            {
              id: sha,
              timestamp: committed,
              message: `change shipped on day ${day}`,
              author: { name: 'Demo Developer' },
            },
          ],
        },
      );
      commits++;
      await postJson(`${hooks}/deployments`, webhookSecret, {
        id,
        result: 'SUCCESS',
        environment: 'PRODUCTION',
        displayTitle: `payment-service release ${day}.${n}`,
        startedDate: new Date(finished - 5 * 60 * 1000).toISOString(),
        finishedDate: new Date(finished).toISOString(),
        deploymentCommits: [
          {
            repoUrl: 'https://github.com/acme/payments',
            commitSha: sha,
            commitMsg: `change shipped on day ${day}`,
            commitAuthoredDate: committed,
            startedDate: new Date(finished - 5 * 60 * 1000).toISOString(),
            finishedDate: new Date(finished).toISOString(),
          },
        ],
      });
      deployments++;
      if (random() < 0.12) {
        const key = `DEMO-INC-${day}-${n}`;
        const opened = finished + HOUR;
        const resolved = opened + (1 + random() * 10) * HOUR;
        await postJson(`${hooks}/issues`, webhookSecret, {
          issueKey: key,
          title: `Payments degraded after release ${day}.${n}`,
          type: 'INCIDENT',
          status: 'DONE',
          originalStatus: 'resolved',
          createdDate: new Date(opened).toISOString(),
          resolutionDate: new Date(resolved).toISOString(),
          deploymentId: id,
        });
        incidents++;
      }
    }
  }
  return { deployments, incidents, commits };
}
