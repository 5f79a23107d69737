import type { TFunction } from 'i18next';
import { DuplicateIdNumberError, NotFoundError, ValidationError } from '../data/errors';

/**
 * One Chinese sentence for a failed save, for a notice; forms show field issues themselves, and the
 * activity form explains a daily-hours overflow with the volunteers' names.
 */
export function describeSaveError(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError) return t('common.formHasErrors');
  if (error instanceof DuplicateIdNumberError) return t('volunteers.form.duplicateId', { name: error.existingName });
  if (error instanceof NotFoundError) return t('common.notFound');
  return t('common.unknownError');
}
