import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearReport } from '../../domain/cityReport/yearReport';
import type { DesktopApi } from '../../platform/api';
import { summaryDocx, summaryXlsx } from './cityExports';

interface ExportButtonsProps {
  platform: Pick<DesktopApi, 'saveFile'>;
  report: YearReport;
  lastYear: YearReport;
  place: string;
}

/** 导出 Excel and 下载年度总结: the CLI's summary files, from the figures on the screen. */
export function ExportButtons({ platform, report, lastYear, place }: ExportButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);

  async function save(kind: 'xlsx' | 'docx') {
    setBusy(kind);
    try {
      const file = kind === 'xlsx' ? await summaryXlsx(report, lastYear, place) : await summaryDocx(report, lastYear, place);
      const filter = kind === 'xlsx' ? { name: 'Excel', extensions: ['xlsx'] } : { name: 'Word', extensions: ['docx'] };
      await platform.saveFile({ suggestedName: t(`city.figures.files.${kind}`, { title: file.title }), filters: [filter], data: file.data });
    } catch (error) {
      void message.error(t('city.figures.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void save('xlsx')} data-testid="city-export-xlsx">
        {t('city.figures.exportXlsx')}
      </Button>
      <Button icon={<FileWordOutlined />} loading={busy === 'docx'} disabled={busy !== null} onClick={() => void save('docx')} data-testid="city-export-docx">
        {t('city.figures.downloadDocx')}
      </Button>
    </>
  );
}
