import { describe, expect, it, vi } from 'vitest';
import {
  buildContentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isPermissionGranted,
  secureWebPreferences,
  withContentSecurityPolicy,
  type HardenableSession,
  type HardenableWebContents,
  type HeadersReceivedDetails,
  type NavigationEvent,
  type ResponseHeaders,
} from '../../../src-main/security';

const APP = 'app://station-ledger';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const policy = directives(buildContentSecurityPolicy());

  it('lets scripts come only from the app itself', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, <base> rewriting and frames', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('lets the renderer reach a CouchDB address chosen at run time', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
  });

  it('allows inline styles for antd but never inline or eval scripts in production', () => {
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(buildContentSecurityPolicy()).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('relaxes only what the Vite dev server needs in dev', () => {
    const dev = directives(buildContentSecurityPolicy({ dev: true }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toContain('ws:');
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    `${APP}/index.html`,
    `${APP}/volunteers/42`,
    'APP://Station-Ledger/index.html',
  ])('allows in-app navigation to %s', (url) => {
    expect(isAllowedNavigation(url, APP)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://station-ledger/',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('refuses navigation to %s', (url) => {
    expect(isAllowedNavigation(url, APP)).toBe(false);
  });

  it('treats the dev server as the app origin when it is one', () => {
    expect(isAllowedNavigation('http://localhost:5173/settings', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.gov.cn/', 'mailto:keeper@example.com'])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.com/',
    'mailto:',
    '',
    'https//missing-colon',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('grants persistent storage to the app so the ledger is not evicted', () => {
    expect(isPermissionGranted('persistent-storage', `${APP}/index.html`, APP)).toBe(true);
    expect(isPermissionGranted('persistent-storage', APP, APP)).toBe(true);
  });

  it.each(['local-network-access', 'local-network', 'loopback-network'])(
    'lets the app reach a CouchDB on the intranet or this PC (%s)',
    (permission) => {
      expect(isPermissionGranted(permission, `${APP}/index.html`, APP)).toBe(true);
      expect(isPermissionGranted(permission, 'https://evil.example/', APP)).toBe(false);
    },
  );

  it('refuses persistent storage to any other origin or an unknown one', () => {
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/', APP)).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined, APP)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown'])(
    'refuses %s even to the app',
    (permission) => {
      expect(isPermissionGranted(permission, `${APP}/index.html`, APP)).toBe(false);
    },
  );
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});

class FakeWebContents implements HardenableWebContents {
  readonly listeners = new Map<string, (event: NavigationEvent) => void>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: NavigationEvent) => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  emit(name: string, url = ''): boolean {
    const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
    const listener = this.listeners.get(name);
    if (listener === undefined) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.prevented;
  }
}

describe('hardenWebContents', () => {
  function setup() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    hardenWebContents(contents, APP, openExternal);
    return { contents, openExternal };
  }

  it('denies every new window and hands allowed links to the system browser', () => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: `${APP}/index.html` })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.gov.cn/']]);
  });

  it('keeps navigation inside the app', () => {
    const { contents, openExternal } = setup();
    expect(contents.emit('will-navigate', `${APP}/reports`)).toBe(false);
    expect(contents.emit('will-navigate', 'https://phishing.example/login')).toBe(true);
    expect(contents.emit('will-redirect', 'http://example.com/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://phishing.example/login']]);
  });

  it('blocks <webview>', () => {
    const { contents } = setup();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('survives an OS without a handler for the link', async () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, APP, () => Promise.reject(new Error('no handler')));
    expect(contents.windowOpenHandler?.({ url: 'mailto:a@b.cn' })).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});

describe('hardenSession', () => {
  type RequestHandler = Parameters<HardenableSession['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<HardenableSession['setPermissionCheckHandler']>[0];
  type HeadersListener = Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0];

  function setup() {
    const captured: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersListener } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (handler) => (captured.request = handler),
      setPermissionCheckHandler: (handler) => (captured.check = handler),
      webRequest: { onHeadersReceived: (listener) => (captured.headers = listener) },
    };
    hardenSession(session, { appOrigin: 'http://localhost:5173', contentSecurityPolicy: "script-src 'self'" });
    return captured;
  }

  it('answers permission requests and checks with the same rule', () => {
    const { request, check } = setup();
    const answers: boolean[] = [];
    request?.(null, 'persistent-storage', (granted) => answers.push(granted), { requestingUrl: 'http://localhost:5173/' });
    request?.(null, 'media', (granted) => answers.push(granted), { requestingUrl: 'http://localhost:5173/' });
    expect(answers).toEqual([true, false]);
    expect(check?.(null, 'persistent-storage', 'http://localhost:5173')).toBe(true);
    expect(check?.(null, 'notifications', 'http://localhost:5173')).toBe(false);
  });

  it('puts our CSP on app pages and leaves other responses alone', () => {
    const { headers } = setup();
    const responses: Array<{ responseHeaders?: ResponseHeaders }> = [];
    const page: HeadersReceivedDetails = {
      url: 'http://localhost:5173/',
      responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
    };
    headers?.(page, (response) => responses.push(response));
    headers?.({ url: 'https://couch.example/db/_changes' }, (response) => responses.push(response));
    expect(responses).toEqual([
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["script-src 'self'"] } },
      {},
    ]);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the header when the response had none', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
