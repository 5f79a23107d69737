import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { honourKindKey, honourLevelKey } from '../../domain/honours/honourKinds';
import type { HonourDoc } from '../../records/honour/shape';
import { useObservable } from '../../ui/useObservable';
import { NoneRow } from './ReportRankings';
import { usePeopleById } from './usePeopleById';

/** Whom an honour names: the linked volunteer's, team's or project's name as it is now, or the family or community typed. */
function useHonouredNames(): ((honour: HonourDoc) => string) | undefined {
  const ledger = useLedger();
  const people = usePeopleById();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  return useMemo(() => {
    if (!people || !teams || !projects) return undefined;
    const named = new Map<string, string>([...teams.map((x): [string, string] => [x.id, x.name]), ...projects.map((x): [string, string] => [x.id, x.name])]);
    return (honour) => people.get(honour.linkId)?.name ?? named.get(honour.linkId) ?? honour.linkName;
  }, [people, teams, projects]);
}

/** 表彰荣誉 of a yearly report: every honour of the year on record, highest level first. */
export function HonoursTable({ year }: { year: number }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const honours = useObservable(useMemo(() => ledger.honours.all$(), [ledger]));
  const nameOf = useHonouredNames();
  const rows = useMemo(() => (honours ?? []).filter((h) => h.year === year), [honours, year]);
  return (
    <table className="print-table" data-testid="report-honours">
      <thead>
        <tr>
          <th>{t('reports.report.honours.title')}</th>
          <th>{t('reports.report.honours.level')}</th>
          <th>{t('reports.report.honours.honoured')}</th>
          <th>{t('reports.report.honours.batch')}</th>
          <th>{t('reports.report.honours.awardedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? <NoneRow columns={5} text={t('reports.report.honours.none', { year })} /> : null}
        {rows.map((h) => (
          <tr key={h.id}>
            <td>{h.title || t(honourKindKey(h.kind))}</td>
            <td className="center">{t(honourLevelKey(h.level))}</td>
            <td>{nameOf?.(h) ?? ''}</td>
            <td className="center">{h.batch}</td>
            <td>{h.awardedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
