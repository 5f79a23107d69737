import { SyncOutlined } from '@ant-design/icons';
import { App, Button, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { PageHeader } from '../../ui/PageHeader';
import { ConflictsLink } from './ConflictsLink';
import { ConnectionPanel } from './ConnectionPanel';
import { RejectedList } from './RejectedList';
import { SyncRunsTable } from './SyncRunsTable';
import { SyncStatusCard } from './SyncStatusCard';
import { UnreadableList } from './UnreadableList';
import { useSyncStatus } from './useSync';

/** /sync: the connection, 立即同步, where sync stands, the last runs, refused and unreadable records and conflicts. */
export function SyncPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { sync } = useServices();
  const status = useSyncStatus();
  const [syncing, setSyncing] = useState(false);

  async function syncNow() {
    if (!status.connection) {
      void message.info(t('sync.syncNowNotConnected'));
      return;
    }
    if (status.otherWindow) {
      void message.info(t('sync.syncNowOtherWindow'));
      return;
    }
    setSyncing(true);
    try {
      const run = await sync.syncNow();
      if (run && run.errorKey === '') void message.success(t('sync.syncNowDone'));
      else if (run) void message.error(t('sync.syncNowFailed', { reason: t(run.errorKey) }));
    } finally {
      setSyncing(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('sync.title')}
        testId="page-sync"
        extra={
          <Button type="primary" icon={<SyncOutlined />} loading={syncing || status.running} onClick={() => void syncNow()} data-testid="sync-now">
            {t('sync.syncNow')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <SyncStatusCard status={status} />
            <ConflictsLink />
            <RejectedList records={status.rejected} />
            <UnreadableList records={status.unreadable} />
          </Space>
        </Col>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <ConnectionPanel />
            <SyncRunsTable runs={status.runs} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
