import fs from 'fs';

const MARKER = '<!-- pr-coverage-comment -->';

interface Totals {
  lines: { pct: number };
  statements: { pct: number };
  functions: { pct: number };
  branches: { pct: number };
}

export interface Context {
  token: string;
  repository: string; // owner/repo
  prNumber: number;
  apiUrl: string;
}

/** Read the context GitHub Actions provides via env vars and the event payload file. */
export function contextFromEnv(env: NodeJS.ProcessEnv = process.env): Context {
  const token = env.INPUT_GITHUB_TOKEN || env.GITHUB_TOKEN;
  if (!token) throw new Error('GITHUB_TOKEN is required (add `permissions: pull-requests: write` to the job)');
  if (!env.GITHUB_REPOSITORY) throw new Error('GITHUB_REPOSITORY not set — are you running in GitHub Actions?');
  const event = env.GITHUB_EVENT_PATH ? JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const prNumber = event.pull_request?.number ?? Number(env.PR_NUMBER);
  if (!prNumber) throw new Error('not a pull_request event and PR_NUMBER not set');
  return { token, repository: env.GITHUB_REPOSITORY, prNumber, apiUrl: env.GITHUB_API_URL || 'https://api.github.com' };
}

export function renderComment(total: Totals, baseline?: Totals): string {
  const row = (name: keyof Totals) => {
    const pct = total[name].pct;
    const delta = baseline ? pct - baseline[name].pct : 0;
    const d = baseline ? ` (${delta >= 0 ? '+' : ''}${delta.toFixed(2)})` : '';
    return `| ${name} | ${pct.toFixed(2)}%${d} |`;
  };
  return [MARKER, '### Coverage report', '', '| metric | % |', '| --- | --- |', row('lines'), row('statements'), row('functions'), row('branches')].join('\n');
}

async function gh(ctx: Context, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${ctx.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ctx.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'pr-coverage-comment',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

/** Create the comment, or update our previous one (found by the hidden marker). */
export async function upsertComment(ctx: Context, body: string): Promise<string> {
  const base = `/repos/${ctx.repository}/issues/${ctx.prNumber}/comments`;
  const existing: Array<{ id: number; body: string }> = await gh(ctx, 'GET', `${base}?per_page=100`);
  const mine = existing.find((c) => c.body?.includes(MARKER));
  const result = mine
    ? await gh(ctx, 'PATCH', `/repos/${ctx.repository}/issues/comments/${mine.id}`, { body })
    : await gh(ctx, 'POST', base, { body });
  return result.html_url;
}

export function readSummary(file: string): Totals {
  return JSON.parse(fs.readFileSync(file, 'utf8')).total;
}
