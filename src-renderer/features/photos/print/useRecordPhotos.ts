import { useMemo } from 'react';
import type { PhotoOwner } from '../../../photos/photo';
import { usePrintablePhotos, type PrintablePhoto } from './usePrintablePhotos';
import type { LedgerPhotoRow } from './LedgerPhotoAppendix';

/** One activity's photos for its record sheet, full size; undefined while loading. */
export function useRecordPhotos(activityId: string): readonly PrintablePhoto[] | undefined {
  const owners = useMemo<PhotoOwner[]>(() => [{ type: 'activity', id: activityId }], [activityId]);
  const photos = usePrintablePhotos(owners, 'full');
  return photos ? (photos.get(activityId) ?? []) : undefined;
}

/**
 * The ledger's activities with their thumbnails, for its photo appendix; undefined while loading, and an
 * empty result at once when the keeper left the photos out.
 */
export function useLedgerPhotos(
  rows: readonly { index: number; activity: { id: string; date: string; title: string } }[] | undefined,
  wanted: boolean,
): { rows: LedgerPhotoRow[]; photos: ReadonlyMap<string, PrintablePhoto[]> } | undefined {
  const photoRows = useMemo(
    () => rows?.map((row) => ({ index: row.index, id: row.activity.id, date: row.activity.date, title: row.activity.title })),
    [rows],
  );
  const owners = useMemo<PhotoOwner[] | undefined>(
    () => (wanted && photoRows ? photoRows.map((row) => ({ type: 'activity', id: row.id })) : undefined),
    [wanted, photoRows],
  );
  const photos = usePrintablePhotos(owners, 'thumb');
  if (!photoRows) return undefined;
  if (!wanted) return { rows: [], photos: new Map() };
  return photos ? { rows: photoRows, photos } : undefined;
}
