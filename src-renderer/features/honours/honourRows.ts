import type { HonourKind, HonourLevel, HonourLinkKind } from '../../domain/honours/honourKinds';
import type { HonourDoc } from '../../records/honour/shape';

/** The names of the station's volunteers, teams and projects by id, to say whom an honour went to. */
export interface LinkNames {
  volunteer: ReadonlyMap<string, string>;
  team: ReadonlyMap<string, string>;
  project: ReadonlyMap<string, string>;
}

export interface HonourRow {
  id: string;
  year: number;
  kind: HonourKind;
  level: HonourLevel;
  /** The honour's own wording; '' shows the kind's name. */
  title: string;
  batch: string;
  awardedBy: string;
  awardedDate: string;
  linkKind: HonourLinkKind;
  linkId: string;
  /** The honoured: the record's current name, or the family or community as typed; '' when the record is gone. */
  honoured: string;
}

export function namesById(docs: ReadonlyArray<{ id: string; name: string }>): ReadonlyMap<string, string> {
  return new Map(docs.map((d) => [d.id, d.name]));
}

/**
 * The name an honour's link stands for. A record is named as it is now (a renamed team shows its new name),
 * so honours never keep a copy that could disagree with the record.
 */
export function honouredName(honour: Pick<HonourDoc, 'linkKind' | 'linkId' | 'linkName'>, names: LinkNames): string {
  const { linkKind } = honour;
  if (linkKind === 'volunteer' || linkKind === 'team' || linkKind === 'project') return names[linkKind].get(honour.linkId) ?? '';
  return honour.linkName;
}

export function honourRows(honours: readonly HonourDoc[], names: LinkNames): HonourRow[] {
  return honours.map((h) => ({
    id: h.id,
    year: h.year,
    kind: h.kind,
    level: h.level,
    title: h.title,
    batch: h.batch,
    awardedBy: h.awardedBy,
    awardedDate: h.awardedDate,
    linkKind: h.linkKind,
    linkId: h.linkId,
    honoured: honouredName(h, names),
  }));
}

export interface HonourFilter {
  /** null for every year. */
  year: number | null;
  /** null for every kind. */
  kind: HonourKind | null;
}

export function filterHonours<Row extends Pick<HonourRow, 'year' | 'kind'>>(rows: readonly Row[], filter: HonourFilter): Row[] {
  return rows.filter((r) => (filter.year === null || r.year === filter.year) && (filter.kind === null || r.kind === filter.kind));
}

/** The years that have honours, newest first, for the year filter. */
export function honourYears(rows: ReadonlyArray<{ year: number }>): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}
