import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPhoto } from '../../photos/photo';
import { UndoableDeleteButton } from '../../ui/UndoableDeleteButton';
import { photoDeletable } from './photoDeletable';
import type { PhotoStoreView } from './photoStoreView';

export function PhotoDeleteButton({ store, photo }: { store: PhotoStoreView; photo: LocalPhoto }) {
  const { t } = useTranslation();
  const repository = useMemo(() => photoDeletable(store), [store]);
  return (
    <UndoableDeleteButton
      repository={repository}
      id={photo.meta.id}
      name={photo.meta.fileName}
      description={t('photos.strip.deleteDescription')}
      size="small"
    />
  );
}
