import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { safeFileName } from './fileName';

/**
 * 打印/导出PDF: the desktop renders the page to an A4 PDF and asks where to save it; a browser opens its
 * print dialog (where "save as PDF" is one of the printers). Either way only the sheet is printed.
 */
export function PrintButton({ suggestedName, landscape = false, disabled }: { suggestedName: string; landscape?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function print() {
    setBusy(true);
    try {
      const result = await platform.printToPdf({ suggestedName: `${safeFileName(suggestedName)}.pdf`, landscape });
      if (result.saved && result.path) void message.success(t('reports.print.savedTo', { path: result.path }));
    } catch {
      void message.error(t('reports.print.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button type="primary" icon={<PrinterOutlined />} loading={busy} disabled={disabled} onClick={() => void print()} data-testid="print-button">
      {t('reports.print.button')}
    </Button>
  );
}
