import { DashboardOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { testConnection } from '../../sync/connection';
import { toSyncError } from '../../sync/syncError';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import { enterCityDashboard } from './cityMode';
import { readCityFile } from './readCityFile';

type Step = { kind: 'idle' } | { kind: 'checking' } | { kind: 'problem'; key: string; detail?: string };

/**
 * 市/县管理员 on the first-run page: a city set-up file is read, its account tried on its roll-up, then the
 * PC is made a dashboard and starts again as one (no ledger opened, no sync run).
 */
export function CityJoinCard() {
  const { t } = useTranslation();
  const { ledger, platform } = useServices();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function importFile() {
    const picked = await platform.openFile({ filters: [{ name: t('city.setup.fileFilter'), extensions: ['json'] }] });
    if (!picked) return;
    setStep({ kind: 'checking' });
    const reading = readCityFile(picked.data);
    if (!reading.ok) {
      setStep({ kind: 'problem', key: reading.key });
      return;
    }
    const { file } = reading;
    try {
      await testConnection({ serverUrl: file.serverUrl, database: file.database, username: file.username, password: file.password });
    } catch (error) {
      const failure = toSyncError(error);
      setStep({ kind: 'problem', key: failure.messageKey, detail: failure.detail });
      return;
    }
    try {
      await enterCityDashboard(ledger.local, platform, file);
    } catch (error) {
      setStep({ kind: 'problem', key: 'city.setup.unexpected', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    // Started again, the app opens the dashboard instead of the ledger (main.tsx).
    window.location.reload();
  }

  return (
    <Card size="small" title={t('city.setup.title')} data-testid="setup-city">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('city.setup.help')}</Typography.Paragraph>
        {platform.credentialStorage === 'browser-plaintext' ? <Alert type="warning" showIcon title={t('sync.connection.webWarning')} /> : null}
        <div>
          <Button type="primary" icon={<DashboardOutlined />} loading={step.kind === 'checking'} onClick={() => void importFile()} data-testid="setup-city-import">
            {t('city.setup.import')}
          </Button>
        </div>
        {step.kind === 'checking' ? (
          <Flex align="center" gap={12} role="status">
            <Spin size="small" />
            <Typography.Text>{t('city.setup.checking')}</Typography.Text>
          </Flex>
        ) : null}
        {step.kind === 'problem' ? (
          <Alert type="error" showIcon title={t(step.key)} description={step.detail ? <TechnicalDetail text={step.detail} /> : undefined} data-testid="setup-city-problem" />
        ) : null}
      </Space>
    </Card>
  );
}
