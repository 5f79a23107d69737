import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePrint } from './usePrint';

/** 打印/导出PDF: prints only the sheet (see usePrint for what the desktop and a browser do). */
export function PrintButton({ suggestedName, landscape = false, disabled }: { suggestedName: string; landscape?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const { print, busy } = usePrint();
  return (
    <Button
      type="primary"
      icon={<PrinterOutlined />}
      loading={busy}
      disabled={disabled}
      onClick={() => void print({ suggestedName, landscape })}
      data-testid="print-button"
    >
      {t('reports.print.button')}
    </Button>
  );
}
