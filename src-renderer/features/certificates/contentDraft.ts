import type { TFunction } from 'i18next';
import type { VolunteerService } from '../../domain/certificates/volunteerService';

/** Beyond these, the draft says 等 (and others) instead of listing everything. */
export const DRAFT_FIELDS = 3;
export const DRAFT_TITLES = 5;

/**
 * The certificate's 服务内容, drafted from the records: the fields served in (busiest first), the number
 * of activities, and the first activity titles. The keeper may edit it before issuing. '' when the
 * volunteer has no service in the period.
 */
export function draftServiceContent(service: VolunteerService, fieldLabel: (code: string) => string, t: TFunction): string {
  if (service.sessions === 0) return '';
  const separator = t('certificates.issue.listSeparator');
  const fields = service.fields.slice(0, DRAFT_FIELDS).map((f) => fieldLabel(f.field)).join(separator);
  const listed = service.titles.slice(0, DRAFT_TITLES).join(separator);
  const titles = service.titles.length > DRAFT_TITLES ? t('certificates.issue.titlesMore', { titles: listed }) : listed;
  const key = service.fields.length > DRAFT_FIELDS ? 'certificates.issue.contentDraftMore' : 'certificates.issue.contentDraft';
  return t(key, { fields, sessions: service.sessions, titles });
}
