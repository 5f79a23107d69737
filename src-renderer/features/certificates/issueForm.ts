import dayjs, { type Dayjs } from 'dayjs';
import type { CertificateDoc } from '../../domain/entities/certificate';
import type { StationDoc } from '../../domain/entities/station';

export interface IssueFormValues {
  volunteerId: string;
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
  content: string;
  issuer: string;
  personInCharge: string;
  handler: string;
  contact: string;
  issuedDate: Dayjs | null;
}

export type PeriodPreset = 'thisYear' | 'lastYear' | 'all';

/**
 * A new certificate's form: this year so far, issued today, signed as the last certificate was (the same
 * person in charge and handler usually sign them all), or by the station's contact for the first one.
 */
export function newIssueForm(station: StationDoc | null, last: CertificateDoc | undefined, today: string, volunteerId = ''): IssueFormValues {
  const now = dayjs(today);
  return {
    volunteerId,
    periodFrom: now.startOf('year'),
    periodTo: now,
    content: '',
    issuer: station?.name ?? '',
    personInCharge: last?.personInCharge ?? station?.contactName ?? '',
    handler: last?.handler ?? station?.contactName ?? '',
    contact: last?.contact ?? station?.contactPhone ?? '',
    issuedDate: now,
  };
}

/**
 * The period a preset button sets. 'all' runs from the volunteer's join date (nobody serves before
 * registering; '' when no volunteer is chosen yet falls back to this year).
 */
export function presetPeriod(preset: PeriodPreset, today: string, joinDate: string): [Dayjs, Dayjs] {
  const now = dayjs(today);
  if (preset === 'thisYear') return [now.startOf('year'), now];
  if (preset === 'lastYear') {
    const last = now.subtract(1, 'year');
    return [last.startOf('year'), last.endOf('year').startOf('day')];
  }
  return [joinDate ? dayjs(joinDate) : now.startOf('year'), now];
}

const DATE = 'YYYY-MM-DD';

/** What the register's issue() takes; dates as YYYY-MM-DD, '' where none was picked (the register refuses it). */
export function toCertificateRequest(values: IssueFormValues) {
  return {
    volunteerId: values.volunteerId ?? '',
    periodFrom: values.periodFrom ? values.periodFrom.format(DATE) : '',
    periodTo: values.periodTo ? values.periodTo.format(DATE) : '',
    content: values.content ?? '',
    issuer: values.issuer ?? '',
    personInCharge: values.personInCharge ?? '',
    handler: values.handler ?? '',
    contact: values.contact ?? '',
    issuedDate: values.issuedDate ? values.issuedDate.format(DATE) : '',
  };
}
