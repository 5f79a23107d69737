import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { PRINT_ON_OPEN, usePrintOnOpen } from '../../ui/print/printOnOpen';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { editPath } from '../activities/activityColumns';
import { RecordPhotoPages } from '../photos/print/RecordPhotoPages';
import { useRecordPhotos } from '../photos/print/useRecordPhotos';
import { ActivityRecordSheet } from './ActivityRecordSheet';
import { activitySignInPath } from './paths';
import { useActivityRecord } from './useActivityRecord';

/** /reports/activity-record/:id: one recorded activity's 活动记录表, A4 portrait, as many pages as it takes. */
export function ActivityRecordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const record = useActivityRecord(id);
  const fileName = record ? t('reports.record.fileName', { title: record.facts.title, date: record.facts.date }) : '';
  const photos = useRecordPhotos(id);
  usePrintOnOpen(Boolean(record) && photos !== undefined, { suggestedName: fileName });

  if (record === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (record === null) {
    return (
      <Result
        status="404"
        title={t('reports.record.notFound')}
        extra={
          <Button type="primary" onClick={() => void navigate('/activities')}>
            {t('reports.record.toActivities')}
          </Button>
        }
      />
    );
  }

  const toolbar = (
    <>
      <PageHeader
        title={t('reports.record.pageTitle')}
        testId="page-activity-record"
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(editPath(id))} data-testid="record-back">
              {t('reports.record.back')}
            </Button>
            <Button icon={<FormOutlined />} onClick={() => void navigate(activitySignInPath(id), PRINT_ON_OPEN)} data-testid="record-sign-in">
              {t('reports.activityPrint.signIn')}
            </Button>
            <PrintButton suggestedName={fileName} disabled={photos === undefined} />
          </>
        }
      />
      <Typography.Paragraph type="secondary" data-testid="record-summary">
        {t('reports.record.summary', { pages: record.pages.length, count: record.participants.count })}
      </Typography.Paragraph>
    </>
  );
  return (
    <PrintScreen toolbar={toolbar}>
      <ActivityRecordSheet record={record} />
      {photos ? <RecordPhotoPages photos={photos} heading={`${record.facts.title} ${record.facts.date}`} /> : null}
    </PrintScreen>
  );
}
