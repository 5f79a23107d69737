import type { TFunction } from 'i18next';
import { PhotoInputError } from '../../photos/process/photoInputError';
import { PhotoError } from '../../photos/store/photoError';

/**
 * The keeper's sentence for a file that could not be added, named as they picked it: a file the app cannot
 * take (not a photo, too big, damaged …) says what is wrong with it; a store refusal (disk full, no station
 * yet) says what to do; anything else gets the general sentence.
 */
export function describeAddFailure(error: unknown, fileName: string, t: TFunction): string {
  if (error instanceof PhotoInputError) return t(error.messageKey, { ...error.values, name: fileName });
  if (error instanceof PhotoError) return t(error.messageKey, { ...error.params, name: fileName });
  return t('photos.strip.saveFailed', { name: fileName });
}
