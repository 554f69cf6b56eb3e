// A tiny in-memory stand-in for the LORkit API, for working on the UI without
// the back end (LORKIT_E2E_API=mock). The real e2e run uses the packaged API:
// this mock knows only the calls the walking skeleton makes.
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
  const stories = new Map<string, Record<string, unknown>[]>();

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
      const user = { id: randomUUID(), email: body.email, displayName: body.displayName, createdAt: new Date().toISOString(), password: body.password };
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
    if (route === 'GET /api/v1/stories') {
      const page = Number(url.searchParams.get('page') ?? 0);
      const size = Number(url.searchParams.get('size') ?? 20);
      return send(res, 200, { items: mine.slice(page * size, page * size + size), page, size, total: mine.length });
    }
    if (route === 'POST /api/v1/stories') {
      const title = body.title || String(body.summary ?? '').split(/(?<=[.!?])\s/)[0];
      if (!title) return problem(res, 400, 'Invalid input', [{ field: 'summary', message: 'must not be blank' }]);
      const now = new Date().toISOString();
      const story = { id: randomUUID(), kind: 'CASE', occurredOn: null, includeInPacket: true, ...body, title, createdAt: now, updatedAt: now, version: 0 };
      mine.unshift(story);
      return send(res, 201, story);
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

function send(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, errors?: unknown[]) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail: title, ...(errors ? { errors } : {}) }));
}
