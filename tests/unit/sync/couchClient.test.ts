import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { basicAuthHeader, createCouchClient } from '../../../src-renderer/sync/couchClient';
import { createRequestLimiter } from '../../../src-renderer/sync/requestLimiter';
import { SyncError } from '../../../src-renderer/sync/syncError';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A loopback server whose path says how to answer. */
let server: Server;
let url = '';
const held = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    if (path === '/ok') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ db_name: 'station-a', auth: req.headers.authorization }));
    } else if (path === '/a-day-ahead') {
      res.writeHead(200, { 'content-type': 'application/json', date: new Date(Date.now() + DAY_MS).toUTCString() });
      res.end(JSON.stringify({ db_name: 'station-a' }));
    } else if (path === '/locked') {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"error":"forbidden","reason":"Account is temporarily locked due to multiple authentication failures"}');
    } else if (path === '/401') {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"unauthorized","reason":"Name or password is incorrect."}');
    } else if (path === '/500') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"internal_server_error"}');
    } else if (path === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>登录</body></html>');
    } else if (path === '/html-no-type') {
      res.writeHead(200);
      res.end('  <!DOCTYPE html><html></html>');
    } else if (path === '/not-json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"db_name": "station-a"');
    } else if (path === '/wrong-shape') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"rows": []}');
    } else if (path === '/stall') {
      held.add(req.socket);
    } else if (path === '/stall-body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"db_name":');
      held.add(req.socket);
    } else if (path === '/reset') {
      req.socket.destroy();
    } else {
      res.writeHead(404);
      res.end('{"error":"not_found","reason":"missing"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const schema = z.object({ db_name: z.string() });

function client(timeoutMs = 2000) {
  return createCouchClient({ serverUrl: url, username: '站点', password: 'pässwörd', timeoutMs, limiter: createRequestLimiter(2) });
}

async function failure(path: string, timeoutMs?: number): Promise<SyncError> {
  try {
    await client(timeoutMs).request({ path, schema });
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error(`${path} succeeded`);
}

describe('what the client learns from the server’s answers', () => {
  it('hands on the server’s Date header with this PC’s clock, so a PC a day behind can be told', async () => {
    const seen: number[] = [];
    const dated = createCouchClient({ serverUrl: url, username: 'a', password: 'b', timeoutMs: 2000, limiter: createRequestLimiter(2), onServerDate: (server, local) => seen.push(server - local) });
    await dated.request({ path: '/a-day-ahead', schema });
    expect(seen).toHaveLength(1);
    // The header has one-second steps and the answer takes a moment.
    expect(Math.abs((seen[0] ?? 0) - DAY_MS)).toBeLessThan(5000);
  });

  it('tells a locked account (403 with CouchDB’s lockout reason) from a plain 403', async () => {
    expect((await failure('/locked')).kind).toBe('locked');
  });
});

describe('the CouchDB client never lets a failure pass as success', () => {
  it('returns a good answer, sending UTF-8 basic auth (trailing slash on the server URL is fine)', async () => {
    const answer = await client().request({ path: '/ok', schema: z.object({ db_name: z.string(), auth: z.string() }) });
    expect(answer.db_name).toBe('station-a');
    expect(answer.auth).toBe(basicAuthHeader('站点', 'pässwörd'));
    expect(Buffer.from(answer.auth.slice(6), 'base64').toString('utf8')).toBe('站点:pässwörd');
  });

  it.each([
    ['/401', 'unauthorized', 401],
    ['/500', 'server', 500],
    ['/missing', 'notFound', 404],
  ] as const)('%s is a %s error', async (path, kind, status) => {
    const error = await failure(path);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.messageKey).toBe(`sync.errors.${kind}`);
  });

  it('an HTML page is an error even with status 200', async () => {
    expect((await failure('/html')).kind).toBe('badResponse');
    expect((await failure('/html-no-type')).kind).toBe('badResponse');
  });

  it('invalid JSON and JSON of the wrong shape are errors', async () => {
    expect((await failure('/not-json')).kind).toBe('badResponse');
    expect((await failure('/wrong-shape')).kind).toBe('badResponse');
  });

  it('no answer in time is a timeout, also when the body stops halfway', async () => {
    expect((await failure('/stall', 200)).kind).toBe('timeout');
    expect((await failure('/stall-body', 200)).kind).toBe('timeout');
  });

  it('a dropped connection is a network error', async () => {
    expect((await failure('/reset')).kind).toBe('network');
  });
});
