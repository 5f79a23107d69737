import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { startSheetWorker } from './sheetWorkerClient';

/** 导入导出: bring a station's own sheets in (checked before anything is written) and every ledger out. */
export function RecordsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('import');
  // Both tabs read or write spreadsheets in the worker.
  useEffect(startSheetWorker, []);
  return (
    <>
      <PageHeader title={t('importExport.page.title')} testId="page-records" />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'import', label: <span data-testid="tab-import">{t('importExport.tabs.import')}</span>, children: <ImportPanel /> },
          { key: 'export', label: <span data-testid="tab-export">{t('importExport.tabs.export')}</span>, children: <ExportPanel active={tab === 'export'} /> },
        ]}
      />
    </>
  );
}
