import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { CreateBackupCard } from './CreateBackupCard';
import { RestoreCard } from './RestoreCard';

/** 备份与恢复: nothing a station records should live only on this PC's disk. */
export function BackupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('backup.title')} testId="backup-page" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CreateBackupCard />
        </Col>
        <Col xs={24} xl={12}>
          <RestoreCard />
        </Col>
      </Row>
    </>
  );
}
