import type { TFunction } from 'i18next';
import { honourKindKey, honourLevelKey } from '../../domain/honours/honourKinds';
import type { HonourRow } from './honourRows';

/** What an honour is called on screen: its own wording when recorded, else its kind (优秀志愿者). */
export function honourLabel(row: Pick<HonourRow, 'title' | 'kind'>, t: TFunction): string {
  return row.title !== '' ? row.title : t(honourKindKey(row.kind));
}

/** Whom it honours; a record deleted since is said to be so rather than left blank. */
export function honouredLabel(row: Pick<HonourRow, 'honoured' | 'linkKind'>, t: TFunction): string {
  return row.honoured !== '' ? row.honoured : t('honours.list.linkGone', { link: row.linkKind });
}

export function levelLabel(row: Pick<HonourRow, 'level'>, t: TFunction): string {
  return t(honourLevelKey(row.level));
}
