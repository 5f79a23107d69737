import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FIVE_HAVES,
  GENDERS,
  ID_TYPES,
  POLITICAL_STATUSES,
  PROJECT_STATUSES,
  SERVED_GROUPS,
  SERVICE_FIELDS,
  STATION_SERVICES,
} from '../domain/catalog';

export interface Option {
  value: string;
  label: string;
}

/**
 * Labels and select options for every catalogue code, in the current language. A code the app does not
 * know (a field the city added later) shows as itself rather than disappearing.
 */
export function useCatalog() {
  // react-i18next hands out a new `t` when the language changes, so it is the only dependency.
  const { t } = useTranslation();
  return useMemo(() => {
    const group = (name: string, codes: readonly string[]) => {
      const label = (code: string) => (code ? t(`catalog.${name}.${code}`, { defaultValue: code }) : '');
      return { label, options: codes.map((value): Option => ({ value, label: label(value) })) };
    };
    const skills = t('catalog.skillSuggestions')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      fields: group('fields', SERVICE_FIELDS),
      political: group('political', POLITICAL_STATUSES),
      gender: group('gender', GENDERS),
      idType: group('idType', ID_TYPES),
      servedGroups: group('servedGroups', SERVED_GROUPS),
      services: group('services', STATION_SERVICES),
      fiveHaves: group('fiveHaves', FIVE_HAVES),
      projectStatus: group('projectStatus', PROJECT_STATUSES),
      skillOptions: skills.map((s): Option => ({ value: s, label: s })),
    };
  }, [t]);
}
