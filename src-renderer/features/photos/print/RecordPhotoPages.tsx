import { useTranslation } from 'react-i18next';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { inPages, photoCaption } from './photoCaption';
import './photoPrint.css';
import type { PrintablePhoto } from './usePrintablePhotos';

/** Four to a page: each at a size an inspector can see what happened, with its time underneath. */
const PHOTOS_PER_PAGE = 4;

/**
 * The 活动照片 pages after an activity's record sheet. Sign-in sheets kept as PDF cannot be drawn into the
 * page: they are listed by name, to be printed from the PDF and attached.
 */
export function RecordPhotoPages({ photos, heading }: { photos: readonly PrintablePhoto[]; heading: string }) {
  const { t } = useTranslation();
  const pictures = photos.filter((p) => p.url !== null);
  const pdfs = photos.filter((p) => p.url === null && p.photo.meta.mime === 'application/pdf');
  const pages = inPages(pictures, PHOTOS_PER_PAGE);
  if (pages.length === 0 && pdfs.length === 0) return null;
  if (pages.length === 0) pages.push([]);
  return (
    <>
      {pages.map((page, index) => (
        <PrintSheet key={index} className="photo-print" testId="record-photo-page">
          <h2>{index === 0 ? t('photos.print.recordTitle', { heading }) : t('photos.print.recordTitleContinued', { heading })}</h2>
          <div className="photo-print__grid">
            {page.map(({ photo, url, thumbOnly }) => (
              <figure key={photo.meta.id} className="photo-print__cell" data-testid="record-photo">
                <img src={url ?? ''} alt={photo.meta.fileName} />
                <figcaption className="photo-print__caption">
                  {photoCaption(photo.meta, t)}
                  {thumbOnly ? ` ${t('photos.print.thumbOnly')}` : ''}
                </figcaption>
              </figure>
            ))}
          </div>
          {index === pages.length - 1 && pdfs.length > 0 ? (
            <div className="photo-print__sheets" data-testid="record-photo-pdfs">
              {t('photos.print.pdfSheets', { names: pdfs.map((p) => p.photo.meta.fileName).join('、') })}
            </div>
          ) : null}
          <div className="photo-print__page-number">{t('photos.print.pageNumber', { page: index + 1, pages: pages.length })}</div>
        </PrintSheet>
      ))}
    </>
  );
}
