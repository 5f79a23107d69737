import type { TFunction } from 'i18next';
import type { PhotoMeta } from '../../../photos/photo';
import { formatTakenAt } from '../photoText';

/** Under a printed photo: when it was taken if the camera said so, else its file name; sheets are named as such. */
export function photoCaption(meta: PhotoMeta, t: TFunction): string {
  const what = meta.kind === 'sheet' ? `${t('photos.kind.sheet')} ` : '';
  return meta.takenAt ? `${what}${t('photos.print.takenAt', { time: formatTakenAt(meta.takenAt) })}` : `${what}${meta.fileName}`;
}

/** Splits a list into pages of `size`. */
export function inPages<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
