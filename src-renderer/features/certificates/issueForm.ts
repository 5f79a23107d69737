import dayjs from 'dayjs';
import { isIsoDate } from '../../domain/dates';
import type { CertificateDoc } from '../../domain/entities/certificate';
import type { StationDoc } from '../../domain/entities/station';

/** Dates are 'YYYY-MM-DD' strings as the shared DateInput hands them over ('' or refused text until right). */
export interface IssueFormValues {
  volunteerId: string;
  periodFrom: string;
  periodTo: string;
  content: string;
  issuer: string;
  personInCharge: string;
  handler: string;
  contact: string;
  issuedDate: string;
}

export type PeriodPreset = 'thisYear' | 'lastYear' | 'all';

const DATE = 'YYYY-MM-DD';

/**
 * A new certificate's form: this year so far, issued today, signed as the last certificate was (the same
 * person in charge and handler usually sign them all), or by the station's contact for the first one.
 */
export function newIssueForm(station: StationDoc | null, last: CertificateDoc | undefined, today: string, volunteerId = ''): IssueFormValues {
  return {
    volunteerId,
    periodFrom: dayjs(today).startOf('year').format(DATE),
    periodTo: today,
    content: '',
    issuer: station?.name ?? '',
    personInCharge: last?.personInCharge ?? station?.contactName ?? '',
    handler: last?.handler ?? station?.contactName ?? '',
    contact: last?.contact ?? station?.contactPhone ?? '',
    issuedDate: today,
  };
}

/**
 * The period a preset button sets. 'all' runs from the volunteer's join date (nobody serves before
 * registering; '' when no volunteer is chosen yet falls back to this year).
 */
export function presetPeriod(preset: PeriodPreset, today: string, joinDate: string): [string, string] {
  const now = dayjs(today);
  if (preset === 'thisYear') return [now.startOf('year').format(DATE), today];
  if (preset === 'lastYear') {
    const last = now.subtract(1, 'year');
    return [last.startOf('year').format(DATE), last.endOf('year').format(DATE)];
  }
  return [joinDate || now.startOf('year').format(DATE), today];
}

/** What the register's issue() takes; '' where nothing was entered (the register refuses it). */
export function toCertificateRequest(values: IssueFormValues) {
  return {
    volunteerId: values.volunteerId ?? '',
    periodFrom: values.periodFrom ?? '',
    periodTo: values.periodTo ?? '',
    content: values.content ?? '',
    issuer: values.issuer ?? '',
    personInCharge: values.personInCharge ?? '',
    handler: values.handler ?? '',
    contact: values.contact ?? '',
    issuedDate: values.issuedDate ?? '',
  };
}

/** Only a whole period can be summed: both ends real dates, in order. */
export function readablePeriod(from: string, to: string): boolean {
  return isIsoDate(from) && isIsoDate(to) && from <= to;
}
