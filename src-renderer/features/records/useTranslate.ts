import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../domain/records/exportSheets';

/** i18next's t in the plain shape the sheet builders take. */
export function useTranslate(): Translate {
  const { t } = useTranslation();
  return useCallback<Translate>((key, params) => t(key, params ?? {}), [t]);
}
