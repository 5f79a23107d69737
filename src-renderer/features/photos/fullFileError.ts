import type { TFunction } from 'i18next';

/**
 * The keeper's sentence for a full file that could not be had (evicted from this PC and the server out of
 * reach): the store's error carries its own i18n key; anything else gets the general one.
 */
export function describeFullFileError(error: unknown, t: TFunction): string {
  const key = typeof error === 'object' && error !== null ? (error as { messageKey?: unknown }).messageKey : undefined;
  return typeof key === 'string' && key !== '' ? t(key) : t('photos.viewer.fetchFailed');
}
