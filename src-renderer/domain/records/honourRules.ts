import { HONOUR_LINK_REFERS, HONOUR_LINKS, type HonourKind, type HonourLinkKind } from '../honours/honourKinds';
import { parseHonourInput, type HonourDoc, type HonourFields } from '../../records/honour/shape';
import { quoted } from './cellRead';
import { cellText } from './cellText';
import { readText } from './cellValues';
import { readOptionalDate } from './dateFields';
import { PersonLookup } from './personLookup';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import { readYear } from './serviceCells';
import { onColumns, peekServiceCode, readServiceCode } from './serviceRowFields';
import { lookupServiceCode, serviceLabel } from './serviceVocabulary';
import { NO_SERVICE_RECORDS, type LedgerSnapshot } from './snapshot';
import { normalizeWord } from './vocabulary';

const STAND_INS = {
  kind: 'excellentVolunteer',
  level: 'county',
  year: 2000,
  batch: '',
  title: '',
  awardedBy: '',
  awardedDate: '',
  linkKind: 'volunteer',
  linkId: 'x',
  linkName: '',
  notes: '',
};

const parseHonour = onColumns(parseHonourInput, { linkId: 'link', linkName: 'link' });

export function honourKey(h: Pick<HonourFields, 'kind' | 'level' | 'year' | 'batch' | 'linkKind' | 'linkId' | 'linkName'>): string {
  const who = HONOUR_LINK_REFERS[h.linkKind] === 'record' ? h.linkId : normalizeWord(h.linkName);
  return [h.kind, h.level, h.year, normalizeWord(h.batch), h.linkKind, who].join('|');
}

type Link = { ok: true; linkId: string; linkName: string } | { ok: false; key: string; params: Record<string, string | number> };

/**
 * 表彰荣誉: identified by kind, level, year, batch and whom it honours. 获奖对象 is read by 对象类型, or by the
 * kind's usual one when that column is blank: a volunteer as activities name them (or by phone), a team or
 * project by its name, a family or community by the name written.
 */
export function honourRules(snapshot: LedgerSnapshot): KindRules<HonourFields, HonourDoc> {
  const honours = (snapshot.service ?? NO_SERVICE_RECORDS).honours;
  const byKey = new Map<string, HonourDoc>();
  for (const h of honours) if (!byKey.has(honourKey(h))) byKey.set(honourKey(h), h);
  const people = new PersonLookup(snapshot.volunteers);
  const teamByName = new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id]));
  const projectByName = new Map(snapshot.projects.map((p) => [normalizeWord(p.name), p.id]));

  const linkKindOf = (row: RowReader, kind: HonourKind | null): HonourLinkKind | null => {
    if (row.filled('linkKind')) return peekServiceCode(row, 'linkKind', 'honourLink') as HonourLinkKind | null;
    return kind === null ? null : (HONOUR_LINKS[kind][0] ?? null);
  };

  const resolve = (linkKind: HonourLinkKind, text: string): Link => {
    const name = text.trim();
    if (HONOUR_LINK_REFERS[linkKind] === 'name') return { ok: true, linkId: '', linkName: name };
    if (linkKind === 'volunteer') {
      const match = people.match(name);
      if (match.ok) return { ok: true, linkId: match.person.id, linkName: '' };
      return match.reason === 'ambiguous'
        ? { ok: false, key: 'importExport.issue.personAmbiguous', params: { name: quoted(name), count: match.count ?? 2 } }
        : { ok: false, key: 'importExport.issue.personUnknown', params: { name: quoted(name) } };
    }
    const id = (linkKind === 'team' ? teamByName : projectByName).get(normalizeWord(name));
    if (id !== undefined) return { ok: true, linkId: id, linkName: '' };
    return { ok: false, key: linkKind === 'team' ? 'importExport.issue.unknownTeam' : 'importExport.issue.unknownProject', params: { name: quoted(name) } };
  };

  return {
    identityField: 'link',
    identify(row) {
      const kind = peekServiceCode(row, 'kind', 'honourKind') as HonourKind | null;
      const level = peekServiceCode(row, 'level', 'honourLevel');
      const year = readYear(row.cell('year'));
      const linkKind = linkKindOf(row, kind);
      if (kind === null || level === null || !year.ok || year.value === null || linkKind === null || !row.filled('link')) return null;
      const link = resolve(linkKind, cellText(row.cell('link')));
      if (!link.ok) return null;
      return honourKey({ kind, level: level as HonourFields['level'], year: year.value, batch: cellText(row.cell('batch')).trim(), linkKind, ...link });
    },
    existing: (key) => byKey.get(key),
    label(row) {
      const kind = lookupServiceCode('honourKind', cellText(row.cell('kind')));
      const what = kind === null ? cellText(row.cell('kind')).trim() : serviceLabel('honourKind', kind);
      return `${cellText(row.cell('year')).trim()} ${what} ${cellText(row.cell('link')).trim()}`.trim().slice(0, 40);
    },

    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      if (row.filled('kind')) input.kind = readServiceCode(row, problems, 'kind', 'honourKind');
      if (row.filled('level')) input.level = readServiceCode(row, problems, 'level', 'honourLevel');
      if (row.filled('year')) input.year = problems.take('year', readYear(row.cell('year'))) ?? undefined;
      // The award date is checked against the year; with no year to compare, only the year is reported.
      if (problems.isFailed('year')) problems.excuse('awardedDate');
      for (const field of ['title', 'batch', 'awardedBy', 'notes'] as const) {
        if (row.filled(field)) input[field] = problems.take(field, readText(row.cell(field)));
      }
      if (row.filled('awardedDate')) {
        const date = readOptionalDate(row, problems, 'awardedDate', 'firstDay', existing !== null);
        if (date !== undefined) input.awardedDate = date;
      }
      readLink(row, problems, input);
      return parseCollectingAll(parseHonour, input, problems, STAND_INS);
    },
  };

  function readLink(row: RowReader, problems: RowProblems, input: Record<string, unknown>): void {
    const kind = typeof input.kind === 'string' ? (input.kind as HonourKind) : null;
    if (row.filled('linkKind')) input.linkKind = readServiceCode(row, problems, 'linkKind', 'honourLink');
    else if (kind !== null && (input.linkKind === undefined || !HONOUR_LINKS[kind].includes(input.linkKind as HonourLinkKind))) input.linkKind = HONOUR_LINKS[kind][0];
    const linkKind = typeof input.linkKind === 'string' ? (input.linkKind as HonourLinkKind) : null;
    // A kind that could not be read names no target: its own problem says enough.
    if (linkKind === null && problems.isFailed('kind')) problems.excuse('linkKind');
    if (!row.filled('link')) return;
    const text = problems.take('link', readText(row.cell('link')));
    if (text === undefined || linkKind === null) {
      problems.excuse('link');
      return;
    }
    const link = resolve(linkKind, text);
    if (!link.ok) return problems.error('link', link.key, link.params);
    input.linkId = link.linkId;
    input.linkName = link.linkName;
  }
}
