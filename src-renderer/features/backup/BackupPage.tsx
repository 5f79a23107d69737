import { Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { BundleCard } from './BundleCard';
import { CreateBackupCard } from './CreateBackupCard';
import { RestoreCard, type RestoreRequest } from './RestoreCard';
import { SnapshotListCard } from './SnapshotListCard';

/** 备份与恢复: nothing a station records should live only on this PC's disk. */
export function BackupPage() {
  const { t } = useTranslation();
  const [incoming, setIncoming] = useState<RestoreRequest | null>(null);
  return (
    <>
      <PageHeader title={t('backup.title')} testId="backup-page" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CreateBackupCard />
        </Col>
        <Col xs={24} xl={12}>
          <RestoreCard incoming={incoming} />
        </Col>
        <Col span={24}>
          <SnapshotListCard onRestore={setIncoming} />
        </Col>
        <Col span={24}>
          <BundleCard />
        </Col>
      </Row>
    </>
  );
}
