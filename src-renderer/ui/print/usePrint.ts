import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { safeFileName } from './fileName';

export interface PrintRequest {
  suggestedName: string;
  landscape?: boolean;
}

/**
 * Prints the sheet on screen: the desktop renders it to an A4 PDF and asks where to save it; a browser
 * opens its print dialog (where "save as PDF" is one of the printers). Says where the PDF went, or that
 * printing failed.
 */
export function usePrint(): { print: (request: PrintRequest) => Promise<void>; busy: boolean } {
  const { t } = useTranslation();
  const { platform } = useServices();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = useCallback(
    async ({ suggestedName, landscape = false }: PrintRequest) => {
      setBusy(true);
      try {
        const result = await platform.printToPdf({ suggestedName: `${safeFileName(suggestedName)}.pdf`, landscape });
        if (result.saved && result.path) void message.success(t('reports.print.savedTo', { path: result.path }));
      } catch {
        void message.error(t('reports.print.failed'));
      } finally {
        setBusy(false);
      }
    },
    [platform, message, t],
  );
  return { print, busy };
}
