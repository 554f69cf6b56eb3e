// A tiny in-memory stand-in for the LORkit API, for working on the UI without
// the back end (LORKIT_E2E_API=mock) and for `npm run lighthouse`. The real
// e2e run uses the packaged API: this mock knows only the calls the SPA makes
// (accounts, and stories with ETag/If-Match and Idempotency-Key replays).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
  password: string;
}

export function startMockApi(port: number): Promise<Server> {
  const users = new Map<string, User>();
  const accessTokens = new Map<string, User>();
  const refreshTokens = new Map<string, User>();
  const stories = new Map<string, Record<string, any>[]>();
  const replays = new Map<string, Record<string, unknown>>();

  function issueTokens(user: User) {
    const accessToken = randomUUID();
    const refreshToken = randomUUID();
    accessTokens.set(accessToken, user);
    refreshTokens.set(refreshToken, user);
    return { accessToken, refreshToken, expiresIn: 900, tokenType: 'Bearer' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://mock');
    const body = await readJson(req);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /q/health/ready') return send(res, 200, { status: 'UP' });
    if (route === 'POST /api/v1/auth/register') {
      if (users.has(body.email)) return problem(res, 409, 'An account with this email exists.');
      if (!body.password || body.password.length < 8) {
        return problem(res, 400, 'Invalid input', [{ field: 'password', message: 'must be at least 8 characters' }]);
      }
      const user = {
        id: randomUUID(),
        email: body.email,
        displayName: body.displayName,
        createdAt: new Date().toISOString(),
        password: body.password,
      };
      users.set(user.email, user);
      const { password: _, ...dto } = user;
      return send(res, 201, dto);
    }
    if (route === 'POST /api/v1/auth/login') {
      const user = users.get(body.email);
      return user && user.password === body.password ? send(res, 200, issueTokens(user)) : problem(res, 401, 'Bad credentials');
    }
    if (route === 'POST /api/v1/auth/refresh') {
      const user = refreshTokens.get(body.refreshToken);
      if (!user) return problem(res, 401, 'Refresh token not valid');
      refreshTokens.delete(body.refreshToken); // rotation: each works once
      return send(res, 200, issueTokens(user));
    }
    if (route === 'POST /api/v1/auth/logout') {
      refreshTokens.delete(body.refreshToken);
      return send(res, 204);
    }
    const user = accessTokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!user) return problem(res, 401, 'Not signed in');
    const mine = stories.get(user.id) ?? [];
    stories.set(user.id, mine);
    if (route === 'GET /api/v1/me') {
      const { password: _, ...dto } = user;
      return send(res, 200, dto);
    }
    if (route === 'GET /api/v1/today') {
      // Home: nothing to do yet for a new account (the real API works it out from the applicant's records).
      return send(res, 200, { today: new Date().toISOString().slice(0, 10), actions: [], nextDeadlines: [] });
    }
    if (route === 'GET /api/v1/portfolio') {
      // A new account: no letters yet, so most checks are not met (the real API words and decides them).
      const statuses = ['CANDIDATE', 'SIGNALED', 'ASKED', 'AGREED', 'DECLINED', 'PACKET_SENT', 'REQUESTED_IN_ERAS', 'RECEIVED'];
      return send(res, 200, {
        today: new Date().toISOString().slice(0, 10),
        byStatus: Object.fromEntries(statuses.map((s) => [s, 0])),
        byCommitment: { STRONG: 0, YES: 0, DECLINED: 0, NONE: 0 },
        secured: 0,
        received: 0,
        checks: [
          {
            code: 'LETTER_COUNT',
            status: 'MISSING',
            message: '0 letters secured so far; aim for 2 to 4 strong ones.',
            links: [],
          },
          { code: 'BACKUP_NEEDED', status: 'OK', message: 'No writer is silent close to submission.', links: [] },
        ],
      });
    }
    if (route === 'GET /api/v1/stories') {
      const page = Number(url.searchParams.get('page') ?? 0);
      const size = Number(url.searchParams.get('size') ?? 20);
      return send(res, 200, { items: mine.slice(page * size, page * size + size), page, size, total: mine.length });
    }
    if (route === 'POST /api/v1/stories') {
      const key = `${user.id}:${req.headers['idempotency-key'] ?? ''}`;
      const replay = req.headers['idempotency-key'] ? replays.get(key) : undefined;
      if (replay) return send(res, 201, replay, { ETag: `"${replay.version}"` });
      const fields = storyFields(body);
      if (!fields.title)
        return problem(res, 400, 'Invalid input', [{ field: 'title', message: 'give a title or a first sentence in summary' }]);
      const now = new Date().toISOString();
      const story = {
        id: randomUUID(),
        ...fields,
        phiWarnings: phiWarnings(fields),
        phiReviewed: false,
        createdAt: now,
        updatedAt: now,
        version: 0,
      };
      mine.unshift(story);
      if (req.headers['idempotency-key']) replays.set(key, story);
      return send(res, 201, story, { ETag: '"0"', Location: `/api/v1/stories/${story.id}` });
    }
    const one = /^\/api\/v1\/stories\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const index = mine.findIndex((s) => s.id === one[1]);
      const story = mine[index];
      if (!story) return problem(res, 404, 'No story with this id exists in your account.');
      const ifMatch = req.headers['if-match'];
      if (req.method !== 'GET' && ifMatch && ifMatch !== `"${story.version}"`) {
        return problem(res, 412, 'This item was changed since you read it (If-Match does not match its ETag).');
      }
      if (req.method === 'GET') return send(res, 200, story, { ETag: `"${story.version}"` });
      if (req.method === 'DELETE') {
        mine.splice(index, 1);
        return send(res, 204);
      }
      if (req.method === 'PUT') {
        const fields = storyFields(body);
        if (!fields.title)
          return problem(res, 400, 'Invalid input', [{ field: 'title', message: 'give a title or a first sentence in summary' }]);
        const changed = {
          ...story,
          ...fields,
          phiWarnings: phiWarnings(fields),
          updatedAt: new Date().toISOString(),
          version: story.version + 1,
        };
        mine[index] = changed;
        return send(res, 200, changed, { ETag: `"${changed.version}"` });
      }
    }
    return problem(res, 404, 'Not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => problem(res, 500, 'Mock failed'));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

/** The writable fields as the API stores them: blanks are null, the title defaults to the first sentence. */
function storyFields(body: Record<string, any>) {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const summary = text(body.summary);
  return {
    title:
      text(body.title)?.trim() ?? (summary ? (/^(.+?)(?:[.!?](?:\s|$)|\n|$)/s.exec(summary.trim())?.[1]?.trim() ?? null) : null),
    summary,
    whatIDid: text(body.whatIDid),
    whatItShows: text(body.whatItShows),
    occurredOn: body.occurredOn || null,
    rotationId: body.rotationId ?? null,
    witnessAttendingIds: body.witnessAttendingIds ?? [],
    competencies: body.competencies ?? [],
    kind: body.kind ?? 'CASE',
    includeInPacket: body.includeInPacket ?? true,
  };
}

/** A crude stand-in for the API's PHI guard: flags the digits of "MRN <digits>" only, as the API does. */
function phiWarnings(fields: Record<string, unknown>) {
  return ['title', 'summary', 'whatIDid', 'whatItShows'].flatMap((field) => {
    const value = typeof fields[field] === 'string' ? (fields[field] as string) : '';
    return [...value.matchAll(/MRN\s*(\d{5,})/g)].map((m) => ({
      field,
      kind: 'RECORD_NUMBER',
      start: m.index + m[0].length - m[1]!.length,
      end: m.index + m[0].length,
      text: m[1],
      reason: "number labelled 'MRN'",
    }));
  });
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, body === undefined ? headers : { 'Content-Type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, errors?: unknown[]) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail: title, ...(errors ? { errors } : {}) }));
}
