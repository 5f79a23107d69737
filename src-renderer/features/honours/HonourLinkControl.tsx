import { Input, Select } from 'antd';
import { useMemo } from 'react';
import type { Observable } from 'rxjs';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { VolunteerSelect } from '../../ui/VolunteerSelect';
import { namedOptions, optionMatches, searchableOption, type SearchableOption } from '../activities/selectSearch';

interface RecordControlProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * A team or project picked by name, pinyin or initials. One deleted since the honour was recorded stays
 * chosen, marked as deleted, instead of showing its raw id.
 */
function NamedRecordSelect({ kind, id, value, onChange }: RecordControlProps & { kind: 'team' | 'project' }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const docs = useObservable(
    useMemo((): Observable<ReadonlyArray<{ id: string; name: string }>> => (kind === 'team' ? ledger.teams.all$() : ledger.projects.all$()), [ledger, kind]),
  );
  const options = useMemo(() => {
    const known = namedOptions(docs ?? []);
    const chosenGone = docs !== undefined && value !== undefined && value !== '' && !known.some((o) => o.value === value);
    return chosenGone ? [...known, searchableOption(value, t('honours.form.gone'))] : known;
  }, [docs, value, t]);
  return (
    <Select<string, SearchableOption>
      id={id}
      value={value ? value : undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? '')}
      options={options}
      loading={docs === undefined}
      allowClear
      showSearch={{ filterOption: optionMatches }}
      notFoundContent={t('honours.form.notFound')}
      placeholder={t(kind === 'team' ? 'honours.form.teamPlaceholder' : 'honours.form.projectPlaceholder')}
    />
  );
}

/** The chosen volunteer, team or project (its id) for a record link. */
export function HonourRecordControl({ linkKind, ...props }: RecordControlProps & { linkKind: 'volunteer' | 'team' | 'project' }) {
  const { t } = useTranslation();
  if (linkKind === 'volunteer') return <VolunteerSelect {...props} placeholder={t('honours.form.volunteerPlaceholder')} />;
  return <NamedRecordSelect kind={linkKind} {...props} />;
}

/** The family's or community's name, typed, for a name link. */
export function HonourNameControl({ linkKind, ...props }: RecordControlProps & { linkKind: 'family' | 'community' }) {
  const { t } = useTranslation();
  return (
    <Input
      {...props}
      onChange={(e) => props.onChange?.(e.target.value)}
      maxLength={80}
      placeholder={t(linkKind === 'family' ? 'honours.form.familyPlaceholder' : 'honours.form.communityPlaceholder')}
    />
  );
}
