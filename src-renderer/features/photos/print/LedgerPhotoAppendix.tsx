import { useTranslation } from 'react-i18next';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { photoCaption } from './photoCaption';
import './photoPrint.css';
import type { PrintablePhoto } from './usePrintablePhotos';

export interface LedgerPhotoRow {
  /** The activity's number in the ledger, so a picture is found against its line. */
  index: number;
  id: string;
  date: string;
  title: string;
}

/**
 * 活动照片 after the ledger's table: under each activity that has any, its thumbnails with their times, in
 * the ledger's order and numbering. Activities without photos are left out; when none has any, nothing prints.
 */
export function LedgerPhotoAppendix({ rows, photos }: { rows: readonly LedgerPhotoRow[]; photos: ReadonlyMap<string, PrintablePhoto[]> }) {
  const { t } = useTranslation();
  const withPhotos = rows.filter((row) => (photos.get(row.id)?.length ?? 0) > 0);
  if (withPhotos.length === 0) return null;
  return (
    <PrintSheet orientation="landscape" className="photo-print" testId="ledger-photos">
      <h2>{t('photos.print.ledgerTitle')}</h2>
      {withPhotos.map((row) => (
        <section key={row.id} className="ledger-photos__activity" data-testid="ledger-photo-activity">
          <div className="ledger-photos__title">{t('photos.print.ledgerActivity', { index: row.index, date: row.date, title: row.title })}</div>
          <div className="ledger-photos__row">
            {(photos.get(row.id) ?? []).map(({ photo, url }) => (
              <figure key={photo.meta.id} data-testid="ledger-photo">
                {url ? <img src={url} alt={photo.meta.fileName} /> : null}
                <figcaption>{photoCaption(photo.meta, t)}</figcaption>
              </figure>
            ))}
          </div>
        </section>
      ))}
    </PrintSheet>
  );
}
