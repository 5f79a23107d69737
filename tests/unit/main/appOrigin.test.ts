import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, chooseRendererSource, originOf } from '../../../src-main/appOrigin';

describe('originOf', () => {
  it('gives our custom scheme a real origin', () => {
    expect(originOf('app://station-ledger/assets/index.js')).toBe('app://station-ledger');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
  });

  it('has no origin for host-less or broken URLs', () => {
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});

describe('chooseRendererSource', () => {
  it('loads the bundled renderer from app:// in an installed app, whatever the environment says', () => {
    expect(chooseRendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      kind: 'bundle',
      url: APP_ENTRY_URL,
    });
  });

  it('uses the electron-vite dev server during development', () => {
    expect(chooseRendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it.each(['https://evil.example/', 'file:///tmp/index.html', 'garbage', ''])(
    'refuses a non-loopback dev URL %j and falls back to the bundle',
    (devServerUrl) => {
      expect(chooseRendererSource({ isPackaged: false, devServerUrl }).kind).toBe('bundle');
    },
  );

  it('uses the bundle when no dev server is running', () => {
    expect(chooseRendererSource({ isPackaged: false, devServerUrl: undefined }).url).toBe(APP_ENTRY_URL);
  });
});
