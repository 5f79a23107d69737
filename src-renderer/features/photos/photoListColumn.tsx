import { CameraOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { useMemo } from 'react';
import { NEVER } from 'rxjs';
import { useTranslation } from 'react-i18next';
import type { PhotoOwnerType } from '../../photos/photo';
import { useObservable } from '../../ui/useObservable';
import './photos.css';
import type { PhotoStoreView } from './photoStoreView';
import { usePhotoStore } from './usePhotoStore';
import { useThumbUrls } from './useThumbUrls';

/**
 * A list's 照片 column: the first photo's thumbnail and how many there are, for the records that have any.
 * The counts come from one live query for the whole list; a row's thumbnail is read only while the row is
 * on screen (the lists are virtual).
 */
export function usePhotoColumn<Row extends { id: string }>(type: PhotoOwnerType): ColumnType<Row> {
  const { t } = useTranslation();
  const store = usePhotoStore();
  const counts = useObservable(useMemo(() => store?.countsByOwner$(type) ?? NEVER, [store, type]));
  return useMemo(
    () => ({
      key: 'photos',
      title: t('photos.list.column'),
      width: 90,
      align: 'center',
      render: (_: unknown, row: Row) => {
        const count = counts?.get(row.id) ?? 0;
        return store && count > 0 ? <ListPhotoThumb store={store} type={type} id={row.id} count={count} /> : null;
      },
    }),
    [counts, t, type, store],
  );
}

/** The list's columns with the photo column put before its actions (or last when it has none). */
export function withPhotoColumn<Row>(columns: ColumnsType<Row>, photoColumn: ColumnType<Row>): ColumnsType<Row> {
  const at = columns.findIndex((column) => column.key === 'actions');
  return at < 0 ? [...columns, photoColumn] : [...columns.slice(0, at), photoColumn, ...columns.slice(at)];
}

function ListPhotoThumb({ store, type, id, count }: { store: PhotoStoreView; type: PhotoOwnerType; id: string; count: number }) {
  const { t } = useTranslation();
  const photos = useObservable(useMemo(() => store.forOwner$({ type, id }), [store, type, id]));
  const first = useMemo(() => photos?.filter((photo) => photo.thumb !== null).slice(0, 1), [photos]);
  const url = useThumbUrls(first).values().next().value;
  return (
    <Tooltip title={t('photos.list.count', { count })}>
      <span data-testid="list-photo-count" data-count={count}>
        {url ? <img className="photo-list-thumb" src={url} alt="" /> : <CameraOutlined />} {count}
      </span>
    </Tooltip>
  );
}
