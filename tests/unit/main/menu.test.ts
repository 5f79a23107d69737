import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppInfo } from '../../../src-main/appInfo';
import { buildMenuTemplate } from '../../../src-main/menu';
import { MENU_LABELS, pickMenuLabels } from '../../../src-main/menuLabels';
import { initialWindowSize, mainWindowOptions } from '../../../src-main/windowOptions';

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

describe('menu', () => {
  it('speaks Chinese by default and English on an English system', () => {
    expect(pickMenuLabels('zh-CN').file).toBe('文件');
    expect(pickMenuLabels('zh-TW').file).toBe('文件');
    expect(pickMenuLabels('').file).toBe('文件');
    expect(pickMenuLabels('en-US').file).toBe('File');
  });

  it('has 文件, 编辑, 视图, 帮助 in that order', () => {
    const template = buildMenuTemplate(MENU_LABELS['zh-CN'], { isPackaged: true, onAbout: () => undefined });
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('offers developer tools only in an unpackaged run', () => {
    const roles = (isPackaged: boolean) =>
      submenuOf(buildMenuTemplate(MENU_LABELS['zh-CN'], { isPackaged, onAbout: () => undefined })[2]).map(
        (item) => item.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('opens the about box from 帮助', () => {
    const onAbout = vi.fn();
    const about = submenuOf(buildMenuTemplate(MENU_LABELS['zh-CN'], { isPackaged: true, onAbout })[3])[0];
    expect(about?.label).toBe('关于文明实践站台账');
    expect(about?.click).toBe(onAbout);
  });
});

describe('main window', () => {
  it('opens at 1366×768 with the product title and a 1024×700 minimum', () => {
    expect(mainWindowOptions({ preloadPath: '/p.cjs' })).toMatchObject({
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 700,
      title: '文明实践站台账',
      webPreferences: { preload: '/p.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
  });

  it('fits a 1366×768 screen whose taskbar takes 40 px', () => {
    expect(initialWindowSize({ width: 1366, height: 728 })).toEqual({ width: 1366, height: 728 });
    expect(initialWindowSize({ width: 1920, height: 1040 })).toEqual({ width: 1366, height: 768 });
    expect(initialWindowSize({ width: 800, height: 600 })).toEqual({ width: 1024, height: 700 });
  });
});

describe('buildAppInfo', () => {
  it('reports the desktop shell', () => {
    expect(buildAppInfo({ version: '1.2.3', platform: 'win32' })).toEqual({ version: '1.2.3', shell: 'desktop', os: 'win32' });
  });
});
