/**
 * The application menu's words. The main process has no i18next, so the two languages sit side by side
 * here; Chinese is the default because the app is made for Chinese stations.
 */
export interface MenuLabels {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  help: string;
  about: string;
  aboutDetail: (version: string) => string;
  ok: string;
}

export const MENU_LABELS = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '全屏',
    help: '帮助',
    about: '关于文明实践站台账',
    aboutDetail: (version) => `版本 ${version}`,
    ok: '确定',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    help: 'Help',
    about: 'About Station Ledger',
    aboutDetail: (version) => `Version ${version}`,
    ok: 'OK',
  },
} as const satisfies Record<string, MenuLabels>;

/** `locale` is what app.getLocale() returns, e.g. 'zh-CN', 'en-US'. */
export function pickMenuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('en') ? MENU_LABELS.en : MENU_LABELS['zh-CN'];
}
