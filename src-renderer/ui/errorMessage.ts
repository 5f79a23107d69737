import type { TFunction } from 'i18next';
import { DuplicateIdNumberError, isStorageFull, NotFoundError, ValidationError } from '../data/errors';
import { desktopErrorCode } from '../platform/desktop';

/** A desktop program error in the keeper's language, or null when it is not one. */
export function describeDesktopError(error: unknown, t: TFunction): string | null {
  const code = desktopErrorCode(error);
  return code === null ? null : t(`common.desktopErrors.${code}`);
}

/**
 * One Chinese sentence for a failed save, for a notice; forms show field issues themselves, and the
 * activity form explains a daily-hours overflow with the volunteers' names.
 */
export function describeSaveError(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError) return t('common.formHasErrors');
  if (error instanceof DuplicateIdNumberError) return t('volunteers.form.duplicateId', { name: error.existingName });
  if (error instanceof NotFoundError) return t('common.notFound');
  if (isStorageFull(error)) return t('common.storageFull');
  return describeDesktopError(error, t) ?? t('common.unknownError');
}
