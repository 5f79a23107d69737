import type { HonourDoc } from '../../records/honour/shape';
import {
  HONOUR_KINDS,
  HONOUR_LINKS,
  isAllowedHonourLink,
  type HonourKind,
  type HonourLevel,
  type HonourLinkKind,
} from '../../domain/honours/honourKinds';
import type { RecordLink } from './paths';

/** The honour form as antd holds it. The year stays text as typed (２０２４ too); the repository reads it. */
export interface HonourFormValues {
  kind: HonourKind | undefined;
  level: HonourLevel | undefined;
  year: string;
  batch: string;
  title: string;
  awardedBy: string;
  /** 'YYYY-MM-DD', '' when empty, or refused text the field's rule reports (DateInput). */
  awardedDate: string;
  linkKind: HonourLinkKind | undefined;
  /** The chosen volunteer, team or project; kept beside linkName so switching back and forth loses nothing typed. */
  linkId: string;
  linkName: string;
  notes: string;
}

/** The first kind an honour of this record usually is (a volunteer's: 优秀志愿者). */
export function defaultKindFor(linkKind: HonourLinkKind): HonourKind | undefined {
  return HONOUR_KINDS.find((kind) => HONOUR_LINKS[kind][0] === linkKind) ?? HONOUR_KINDS.find((kind) => isAllowedHonourLink(kind, linkKind));
}

/** A new honour: this year, and when opened from a record's page, that record chosen with its usual kind. */
export function newHonourForm(thisYear: number, link: RecordLink | null = null): HonourFormValues {
  const kind = link ? defaultKindFor(link.linkKind) : undefined;
  return {
    kind,
    level: undefined,
    year: String(thisYear),
    batch: '',
    title: '',
    awardedBy: '',
    awardedDate: '',
    linkKind: link && kind ? link.linkKind : undefined,
    linkId: link && kind ? link.linkId : '',
    linkName: '',
    notes: '',
  };
}

export function honourFormFromDoc(doc: HonourDoc): HonourFormValues {
  return {
    kind: doc.kind,
    level: doc.level,
    year: String(doc.year),
    batch: doc.batch,
    title: doc.title,
    awardedBy: doc.awardedBy,
    awardedDate: doc.awardedDate,
    linkKind: doc.linkKind,
    linkId: doc.linkId,
    linkName: doc.linkName,
    notes: doc.notes,
  };
}

/**
 * What the link fields become when the kind changes: kept while the new kind allows the link, otherwise
 * the kind's usual link with nothing chosen (a team chosen for an organisation is no volunteer).
 */
export function linkAfterKindChange(kind: HonourKind, current: Pick<HonourFormValues, 'linkKind' | 'linkId'>): Pick<HonourFormValues, 'linkKind' | 'linkId'> {
  if (current.linkKind !== undefined && isAllowedHonourLink(kind, current.linkKind)) return current;
  return { linkKind: HONOUR_LINKS[kind][0], linkId: '' };
}

/**
 * Every field of the form, empty ones as '' or undefined, for the repository: it trims, reads the year,
 * refuses a missing kind, level or link with the field's message and keeps only the link that applies.
 */
export function toHonourInput(values: Partial<HonourFormValues>): HonourFormValues {
  return {
    kind: values.kind,
    level: values.level,
    year: values.year ?? '',
    batch: values.batch ?? '',
    title: values.title ?? '',
    awardedBy: values.awardedBy ?? '',
    awardedDate: values.awardedDate ?? '',
    linkKind: values.linkKind,
    linkId: values.linkId ?? '',
    linkName: values.linkName ?? '',
    notes: values.notes ?? '',
  };
}
