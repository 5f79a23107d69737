import { Image } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalPhoto } from '../../photos/photo';
import { formatTakenAt } from './photoText';
import type { usePhotoViewer } from './usePhotoViewer';

/** The full-screen viewer over a record's pictures (PDFs are saved, not viewed): zoom, rotate, arrows between them. */
export function PhotoViewer({
  pictures,
  thumbUrls,
  viewer,
}: {
  pictures: readonly LocalPhoto[];
  thumbUrls: ReadonlyMap<string, string>;
  viewer: ReturnType<typeof usePhotoViewer>;
}) {
  const { t } = useTranslation();
  const items = pictures.map((photo) => ({
    src: viewer.fullUrls.get(photo.meta.id) ?? thumbUrls.get(photo.meta.id) ?? '',
    alt: photo.meta.fileName,
    'data-testid': viewer.fullUrls.has(photo.meta.id) ? 'photo-viewer-full' : 'photo-viewer-thumb',
  }));
  return (
    <Image.PreviewGroup
      items={items}
      preview={{
        open: viewer.current !== null,
        current: viewer.current ?? 0,
        onOpenChange: (open) => {
          if (!open) viewer.close();
        },
        onChange: (index) => viewer.setCurrent(index),
        countRender: (index, total) => {
          const photo = pictures[index - 1];
          const taken = photo?.meta.takenAt ? t('photos.viewer.takenAt', { time: formatTakenAt(photo.meta.takenAt) }) : '';
          return (
            <span data-testid="photo-viewer-caption">
              {index} / {total} · {photo?.meta.fileName} {taken}
            </span>
          );
        },
      }}
    />
  );
}
