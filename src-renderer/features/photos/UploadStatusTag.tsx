import { Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadStatus } from './uploadStatus';

const COLORS: Record<UploadStatus['kind'], string> = {
  pending: 'default',
  queued: 'processing',
  sending: 'processing',
  failed: 'warning',
  onServer: 'success',
  tooLarge: 'error',
};

/** Where one photo stands with the city server: 待上传, 上传中 n%, 已上传, or refused as too large. */
export function UploadStatusTag({ status }: { status: UploadStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'sending') {
    return (
      <span data-testid="photo-status" data-status="sending">
        <Progress percent={status.percent} size="small" showInfo={false} style={{ width: 56, margin: 0 }} />{' '}
        {t('photos.status.sending', { percent: status.percent })}
      </span>
    );
  }
  const tag = (
    <Tag color={COLORS[status.kind]} data-testid="photo-status" data-status={status.kind} style={{ marginInlineEnd: 0 }}>
      {t(`photos.status.${status.kind}`)}
    </Tag>
  );
  return status.kind === 'tooLarge' || status.kind === 'failed' ? <Tooltip title={t(`photos.status.${status.kind}Help`)}>{tag}</Tooltip> : tag;
}
