import { HONOUR_LINK_KINDS, HONOUR_LINK_REFERS, type HonourLinkKind } from '../../domain/honours/honourKinds';

/** Addresses of the honour screens, for links from other features (a volunteer's or a team's page). */
export const HONOURS_PATH = '/honours';
export const NEW_HONOUR_PATH = '/honours/new';
export const HONOUR_LEDGER_PATH = '/honours/ledger';

/** The printable 表彰荣誉台账 of a year (this year when none is given). */
export function honourLedgerPath(year: number | null): string {
  return year === null ? HONOUR_LEDGER_PATH : `${HONOUR_LEDGER_PATH}?${new URLSearchParams({ year: String(year) }).toString()}`;
}

/** Query parameters naming what a new honour is for: ?volunteer=<id>, ?team=<id> or ?project=<id>. */
export type RecordLinkKind = Extract<HonourLinkKind, 'volunteer' | 'team' | 'project'>;

export interface RecordLink {
  linkKind: RecordLinkKind;
  linkId: string;
}

export const RECORD_LINK_KINDS: readonly RecordLinkKind[] = HONOUR_LINK_KINDS.filter(
  (kind): kind is RecordLinkKind => HONOUR_LINK_REFERS[kind] === 'record',
);

/** The new-honour form, with the volunteer, team or project already chosen when given. */
export function newHonourPath(link?: RecordLink): string {
  if (!link || link.linkId === '') return NEW_HONOUR_PATH;
  return `${NEW_HONOUR_PATH}?${new URLSearchParams({ [link.linkKind]: link.linkId }).toString()}`;
}

export function editHonourPath(id: string): string {
  return `${HONOURS_PATH}/${encodeURIComponent(id)}/edit`;
}

/** The record a link asked for, the first one named; null for none. */
export function recordLinkFromSearch(search: URLSearchParams): RecordLink | null {
  for (const linkKind of RECORD_LINK_KINDS) {
    const linkId = search.get(linkKind)?.trim() ?? '';
    if (linkId !== '') return { linkKind, linkId };
  }
  return null;
}

/** Where a linked record's own page is; projects have no page of their own, so their list. */
export function recordPagePath(link: RecordLink): string {
  switch (link.linkKind) {
    case 'volunteer':
      return `/volunteers/${link.linkId}`;
    case 'team':
      return `/teams/${encodeURIComponent(link.linkId)}`;
    case 'project':
      return '/projects';
  }
}
