import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { from } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { ActivityDoc } from '../../domain/entities/activity';
import { spanHours } from '../../domain/hours';
import { listParticipants, type ParticipantList } from '../../domain/reports/activityParticipants';
import { paginateRecordSheet, type RecordSheetPage, type RecordSheetText } from '../../domain/reports/recordSheetPages';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { formatHours } from './format';
import { usePeopleById } from './usePeopleById';
import { useStationProfile } from './useStationProfile';

/** The details of the heading table, each as printed. */
export interface RecordFacts {
  station: string;
  title: string;
  date: string;
  time: string;
  place: string;
  field: string;
  theme: string;
  project: string;
  team: string;
  organizer: string;
  served: string;
  servedGroups: string;
  writeUp: string;
  /** Under the heading of every page after the first. */
  continuedLine: string;
}

export interface ActivityRecord {
  activity: ActivityDoc;
  facts: RecordFacts;
  participants: ParticipantList;
  pages: RecordSheetPage[];
}

/** What the page-by-page layout needs to know of the heading, from the same strings the sheet prints. */
export function recordSheetText(facts: RecordFacts): RecordSheetText {
  return {
    subtitle: facts.station,
    title: facts.title,
    continuedLine: facts.continuedLine,
    place: facts.place,
    halfRows: [
      [facts.date, facts.time],
      [facts.field, facts.theme],
      [facts.project, facts.team],
      [facts.organizer, facts.served],
    ],
    wideRows: [facts.servedGroups],
    writeUp: facts.writeUp,
  };
}

/**
 * One recorded activity laid out as its 活动记录表: undefined while loading, null when there is no such
 * activity (deleted, or a stale link).
 */
export function useActivityRecord(id: string): ActivityRecord | null | undefined {
  const { t } = useTranslation();
  const ledger = useLedger();
  const catalog = useCatalog();
  const station = useStationProfile();
  const people = usePeopleById();
  const activity = useObservable(useMemo(() => from(ledger.activities.get(id)), [ledger, id]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));

  return useMemo(() => {
    if (activity === null) return null;
    if (activity === undefined || station === undefined || !people || !teams || !projects) return undefined;
    const none = t('reports.record.none');
    const named = (list: ReadonlyArray<{ id: string; name: string }>, refId: string) =>
      refId ? (list.find((d) => d.id === refId)?.name ?? t('reports.record.deletedRecord')) : none;
    const span = spanHours(activity.startTime, activity.endTime);
    const stationName = station?.name ?? '';
    const facts: RecordFacts = {
      station: stationName,
      title: activity.title,
      date: activity.date,
      time: t('reports.record.timeRange', { start: activity.startTime, end: activity.endTime, hours: formatHours(span) }),
      place: activity.place,
      field: catalog.fields.label(activity.field),
      theme: activity.theme || none,
      project: named(projects, activity.projectId),
      team: named(teams, activity.teamId),
      organizer: stationName,
      served: t('reports.record.servedCount', { count: activity.servedCount }),
      servedGroups: activity.servedGroups.length > 0 ? activity.servedGroups.map((g) => catalog.servedGroups.label(g)).join('、') : none,
      writeUp: activity.summary,
      continuedLine: t('reports.record.continuedLine', { title: activity.title, date: activity.date }),
    };
    const participants = listParticipants(activity.participants, people);
    return { activity, facts, participants, pages: paginateRecordSheet(recordSheetText(facts), participants.lines) };
  }, [activity, station, people, teams, projects, catalog, t]);
}
