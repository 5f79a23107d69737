import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** 导入导出: bring a station's own sheets in (checked before anything is written) and every ledger out. */
export function RecordsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('import');
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
