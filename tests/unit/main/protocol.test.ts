import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../src-main/appProtocol';
import { contentTypeFor } from '../../../src-main/contentTypes';
import { resolveBundledFile } from '../../../src-main/protocolPath';

const ROOT = '/opt/station-ledger/out/renderer';

function resolved(url: string): string | null {
  const result = resolveBundledFile(url, ROOT, path.posix);
  return result.kind === 'file' ? result.filePath : null;
}

describe('resolveBundledFile', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolved('app://station-ledger/index.html')).toBe(`${ROOT}/index.html`);
    expect(resolved('app://station-ledger/assets/index-abc123.js')).toBe(`${ROOT}/assets/index-abc123.js`);
    expect(resolved('app://station-ledger/assets/%E5%9B%BE%E6%A0%87.png')).toBe(`${ROOT}/assets/图标.png`);
  });

  it('ignores the query string and fragment', () => {
    expect(resolved('app://station-ledger/assets/a.css?v=2#x')).toBe(`${ROOT}/assets/a.css`);
  });

  it('answers the root and client-side routes with the single-page entry', () => {
    expect(resolved('app://station-ledger/')).toBe(`${ROOT}/index.html`);
    expect(resolved('app://station-ledger')).toBe(`${ROOT}/index.html`);
    expect(resolved('app://station-ledger/volunteers/42')).toBe(`${ROOT}/index.html`);
  });

  // The URL parser folds plain and %2e dot segments away; what remains must still stay in the folder.
  it.each([
    'app://station-ledger/../../etc/passwd',
    'app://station-ledger/%2e%2e/%2e%2e/etc/passwd',
    'app://station-ledger/%2E%2E/%2E%2E/etc/passwd',
    'app://station-ledger/assets/../../../etc/passwd',
  ])('keeps %s inside the renderer folder', (url) => {
    const filePath = resolved(url);
    expect(filePath === null || filePath.startsWith(`${ROOT}/`)).toBe(true);
  });

  it.each([
    ['encoded slashes', 'app://station-ledger/..%2f..%2fetc%2fpasswd'],
    ['encoded slashes, upper case', 'app://station-ledger/..%2F..%2F..%2Fetc/passwd'],
    ['encoded backslashes', 'app://station-ledger/..%5c..%5cwindows%5cwin.ini'],
    ['a Windows drive', 'app://station-ledger/C:/Windows/win.ini'],
    ['an encoded NUL', 'app://station-ledger/index.html%00.png'],
    ['broken percent-encoding', 'app://station-ledger/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s', (_label, url) => {
    expect(resolveBundledFile(url, ROOT, path.posix).kind).toBe('forbidden');
  });

  it('refuses escapes with Windows path rules too', () => {
    const root = 'C:\\Program Files\\Station Ledger\\resources\\app.asar\\out\\renderer';
    expect(resolveBundledFile('app://station-ledger/..%5c..%5cWindows%5cwin.ini', root, path.win32).kind).toBe(
      'forbidden',
    );
    expect(resolveBundledFile('app://station-ledger/D:%5Csecret.txt', root, path.win32).kind).toBe('forbidden');
    const ok = resolveBundledFile('app://station-ledger/assets/a.js', root, path.win32);
    expect(ok).toEqual({ kind: 'file', filePath: `${root}\\assets\\a.js` });
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [`${ROOT}/index.html`, '<!doctype html><title>文明实践站台账</title>'],
    [`${ROOT}/assets/app.js`, 'console.log(1)'],
  ]);
  const handler = createAppProtocolHandler({
    rootDir: ROOT,
    contentSecurityPolicy: "script-src 'self'",
    readFile: (filePath) => {
      const text = files.get(path.resolve(filePath));
      if (text === undefined) return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      return Promise.resolve(new TextEncoder().encode(text));
    },
  });

  it('serves the entry page with its type and the CSP', async () => {
    const response = await handler(new Request('app://station-ledger/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");
    expect(await response.text()).toContain('文明实践站台账');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://station-ledger/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing asset and 403 for an escape attempt', async () => {
    expect((await handler(new Request('app://station-ledger/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://station-ledger/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
  });

  it('refuses to accept writes', async () => {
    const response = await handler(new Request('app://station-ledger/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('contentTypeFor', () => {
  it('falls back to a download type for unknown files', () => {
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/thing.xyz')).toBe('application/octet-stream');
  });
});
