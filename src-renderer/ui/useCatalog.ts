import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../app/LedgerContext';
import { createCatalogRepository } from '../data/catalog/repository';
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
import { useObservable } from './useObservable';

export interface Option {
  value: string;
  label: string;
}

/**
 * Labels and select options for every catalogue code, in the current language. A service field the city
 * added is labelled with the city's name for it; any other code the app does not know shows as itself
 * rather than disappearing. (The pickers offer the city's fields through useServiceFields.)
 */
export function useCatalog() {
  const { t } = useTranslation();
  const ledger = useLedger();
  // A service field the city published is named as the city names it wherever a record shows it.
  const published = useObservable(useMemo(() => createCatalogRepository(ledger.db).byKind$('field'), [ledger]));
  return useMemo(() => {
    const cityNames = new Map((published ?? []).map((entry) => [entry.code, entry.name]));
    const group = (name: string, codes: readonly string[]) => {
      const fallback = (code: string) => (name === 'fields' ? (cityNames.get(code) ?? code) : code);
      const label = (code: string) => (code ? t(`catalog.${name}.${code}`, { defaultValue: fallback(code) }) : '');
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
  }, [t, published]);
}
