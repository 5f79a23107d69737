import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';

/**
 * The page of the window can die under it (out of memory reading a hostile file, a crash), which leaves
 * an empty white window. The main process reloads it instead: the page opens where it was and explains
 * itself (an import that was running says it was interrupted and what to do). A page that dies again and
 * again is not reloaded forever: after MAX_RELOADS in a minute the keeper is told to restart the app.
 * The words sit here because the main process has no i18next.
 */

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

export interface RecoveryLabels {
  title: string;
  message: string;
  detail: string;
}

export const RECOVERY_LABELS = {
  'zh-CN': {
    title: '文明实践站台账',
    message: '程序的页面多次意外退出',
    detail: '已自动重新打开了几次，但页面仍然退出。请关闭程序后重新打开；如果是在导入文件时发生的，请把文件分成几个较小的文件再导入。',
  },
  en: {
    title: 'Station Ledger',
    message: 'The app page stopped unexpectedly several times',
    detail: 'It was reopened automatically a few times but stopped again. Close the app and start it again; if it happened while importing a file, split the file into smaller ones.',
  },
} as const satisfies Record<string, RecoveryLabels>;

/** `locale` is what app.getLocale() returns, e.g. 'zh-CN', 'en-US'. */
export function pickRecoveryLabels(locale: string): RecoveryLabels {
  return locale.toLowerCase().startsWith('en') ? RECOVERY_LABELS.en : RECOVERY_LABELS['zh-CN'];
}

export interface RecoveryActions {
  reload(): void;
  tell(options: MessageBoxOptions): void;
  now(): number;
}

/** A 'render-process-gone' handler for the main window's webContents. */
export function recoverWhenRendererGone(actions: RecoveryActions, labels: RecoveryLabels): (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason'>) => void {
  const reloads: number[] = [];
  return (_event, details) => {
    // The window closing ends its page on purpose.
    if (details.reason === 'clean-exit') return;
    const now = actions.now();
    while (reloads.length > 0 && now - (reloads[0] ?? now) > RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      actions.tell({ type: 'error', title: labels.title, message: labels.message, detail: labels.detail, buttons: ['OK'] });
      return;
    }
    reloads.push(now);
    actions.reload();
  };
}
