import type { MessageBoxSyncOptions } from 'electron';

/**
 * Closing or reloading the window while a form holds unsaved work. The page says so through its
 * beforeunload handler (ui/unsavedWork/useUnsavedWorkGuard); a browser then asks by itself, Electron only
 * holds the window open without a word, so the main process asks the same question the page asks
 * inside the app. The words sit here because the main process has no i18next.
 */

export interface UnsavedWorkLabels {
  title: string;
  message: string;
  detail: string;
  keepEditing: string;
  discard: string;
}

export const UNSAVED_WORK_LABELS = {
  'zh-CN': {
    title: '文明实践站台账',
    message: '放弃未保存的修改？',
    detail: '这一页填写的内容还没有保存，关闭后就没有了。要保存，请点“继续编辑”，再点“保存”。',
    keepEditing: '继续编辑',
    discard: '放弃修改',
  },
  en: {
    title: 'Station Ledger',
    message: 'Discard unsaved changes?',
    detail: 'What you entered on this page has not been saved and will be lost. To keep it, choose “Keep editing”, then Save.',
    keepEditing: 'Keep editing',
    discard: 'Discard changes',
  },
} as const satisfies Record<string, UnsavedWorkLabels>;

/** `locale` is what app.getLocale() returns, e.g. 'zh-CN', 'en-US'. */
export function pickUnsavedWorkLabels(locale: string): UnsavedWorkLabels {
  return locale.toLowerCase().startsWith('en') ? UNSAVED_WORK_LABELS.en : UNSAVED_WORK_LABELS['zh-CN'];
}

const KEEP_EDITING = 0;
const DISCARD = 1;

/**
 * The handler for a window's 'will-prevent-unload' event. 继续编辑 is the default and what Escape or
 * closing the question means; only 放弃修改 lets the window go (preventDefault there overrides the page).
 */
export function askBeforeDroppingWork(
  showMessageBoxSync: (options: MessageBoxSyncOptions) => number,
  labels: UnsavedWorkLabels,
): (event: { preventDefault(): void }) => void {
  return (event) => {
    const choice = showMessageBoxSync({
      type: 'question',
      title: labels.title,
      message: labels.message,
      detail: labels.detail,
      buttons: [labels.keepEditing, labels.discard],
      defaultId: KEEP_EDITING,
      cancelId: KEEP_EDITING,
      noLink: true,
    });
    if (choice === DISCARD) event.preventDefault();
  };
}
