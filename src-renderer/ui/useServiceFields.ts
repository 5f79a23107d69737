import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../app/LedgerContext';
import { createCatalogRepository } from '../data/catalog/repository';
import { SERVICE_FIELDS } from '../domain/catalog';
import { aliasesOf, serviceFieldChoices } from '../domain/serviceFields';
import { searchableOption, type SearchableOption } from '../features/activities/selectSearch';
import { useObservable } from './useObservable';

/**
 * The service fields the pickers offer: the app's own and the city's published ones, each found by its
 * name, its other names (广场舞 → 文化文艺), their pinyin and initials. `label` names any code, a city
 * field's by the city's name; a code nobody knows shows as itself rather than disappearing.
 */
export function useServiceFields(): { options: SearchableOption[]; label: (code: string) => string } {
  const { t } = useTranslation();
  const ledger = useLedger();
  const published = useObservable(useMemo(() => createCatalogRepository(ledger.db).byKind$('field'), [ledger]));
  return useMemo(() => {
    const builtin = SERVICE_FIELDS.map((code) => ({
      value: code,
      label: t(`catalog.fields.${code}`),
      aliases: aliasesOf(t(`catalog.fieldAliases.${code}`, { defaultValue: '' })),
    }));
    const choices = serviceFieldChoices(builtin, published ?? []);
    const names = new Map(choices.map((c) => [c.value, c.label]));
    return {
      options: choices.map((c) => searchableOption(c.value, c.label, c.aliases)),
      label: (code: string) => names.get(code) ?? code,
    };
  }, [t, published]);
}
