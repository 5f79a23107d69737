import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalPhoto } from '../../photos/photo';
import { formatTakenAt } from './photoText';
import { uploadStatus, type PhotoProgress } from './uploadStatus';
import { UploadStatusTag } from './UploadStatusTag';
import type { ReactNode } from 'react';

/** One photo or sheet of a record: its thumbnail (a document icon for a PDF), when it was taken, its upload state. */
export function PhotoTile({
  photo,
  thumbUrl,
  progress,
  onOpen,
  deleteButton,
}: {
  photo: LocalPhoto;
  thumbUrl: string | undefined;
  progress: PhotoProgress | undefined;
  onOpen: () => void;
  deleteButton: ReactNode;
}) {
  const { t } = useTranslation();
  const { meta } = photo;
  const isPdf = meta.mime === 'application/pdf';
  const caption = meta.takenAt ? formatTakenAt(meta.takenAt) : meta.fileName;
  const openLabel = isPdf ? t('photos.strip.savePdf', { name: meta.fileName }) : t('photos.strip.open', { name: meta.fileName });
  return (
    <div className="photo-tile" data-testid="photo-tile" data-photo-id={meta.id}>
      <Tooltip title={openLabel}>
        <button type="button" className="photo-tile__image" onClick={onOpen} aria-label={openLabel} data-testid="photo-open">
          {isPdf ? <FilePdfOutlined /> : thumbUrl ? <img src={thumbUrl} alt={meta.fileName} data-testid="photo-thumb" /> : <PictureOutlined />}
        </button>
      </Tooltip>
      <div className="photo-tile__caption" title={meta.fileName} data-testid="photo-caption">
        {meta.kind === 'sheet' ? <Tag color="blue">{t('photos.kind.sheet')}</Tag> : null}
        {caption}
      </div>
      <div className="photo-tile__actions">
        <UploadStatusTag status={uploadStatus(photo.state, progress)} />
        {deleteButton}
      </div>
    </div>
  );
}
