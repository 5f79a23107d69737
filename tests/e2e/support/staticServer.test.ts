import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from './staticServer';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A raw request: fetch() would normalise "/../" away before it left the client. */
function get(origin: string, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server the e2e tests and benchmarks load the built app from', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'web/assets'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'outside the served folder');
    writeFileSync(join(dir, 'web/index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'web/assets/app.js'), 'export {};');
    writeFileSync(join(dir, 'web/assets/engine.wasm'), 'wasm');
    writeFileSync(join(dir, 'web/assets/data.json'), '{}');
    writeFileSync(join(dir, 'web/assets/icon.svg'), '<svg/>');
    server = await startStaticServer([{ prefix: '/web/', root: join(dir, 'web') }]);
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves index.html for the folder and each file with its MIME type', async () => {
    expect(await get(server.origin, '/web/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect((await get(server.origin, '/web/assets/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(server.origin, '/web/assets/engine.wasm')).type).toBe('application/wasm');
    expect((await get(server.origin, '/web/assets/data.json')).type).toBe('application/json; charset=utf-8');
    expect((await get(server.origin, '/web/assets/icon.svg')).type).toBe('image/svg+xml');
  });

  test.each(['/web/../secret.txt', '/web/%2e%2e/secret.txt', '/web/..%2fsecret.txt', '/web/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/secret.txt'])(
    'never serves a file outside the mounted folder: %s',
    async (path) => {
      const reply = await get(server.origin, path);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the served folder');
    },
  );

  test('refuses writes and malformed paths', async () => {
    expect((await get(server.origin, '/web/index.html', 'POST')).status).toBe(405);
    expect((await get(server.origin, '/web/%E0%A4%A')).status).toBe(404);
    expect((await get(server.origin, '/web/missing.js')).status).toBe(404);
  });
});
