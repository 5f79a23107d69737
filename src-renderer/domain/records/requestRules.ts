import { checkPhone } from '../phone';
import { parseRequestDetails, type RequestDoc } from '../../records/request/shape';
import { readDate } from './cellDates';
import { quoted } from './cellRead';
import { cellText } from './cellText';
import { readName, readPhone, readText } from './cellValues';
import { readOptionalDate, requireDate } from './dateFields';
import { looksMasked } from './maskedValues';
import { PersonLookup } from './personLookup';
import { activitiesByTitle, readRequestFlow } from './requestFlowCells';
import { CHECK_CONTEXT, replayImportedRequest, splitImported, withoutHistory, type ImportedRequest } from './requestReplay';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import { readServiceCode } from './serviceRowFields';
import { serviceLabel } from './serviceVocabulary';
import { NO_SERVICE_RECORDS, type LedgerSnapshot } from './snapshot';
import { readCode } from './volunteerRules';
import { normalizeWord } from './vocabulary';

const STAND_INS = {
  residentName: '-',
  villageGroup: '',
  phone: '',
  need: '-',
  field: '-',
  urgency: 'normal',
  receivedDate: '2000-01-01',
  wantedDate: '',
};

export function requestKey(receivedDate: string, residentName: string, need: string): string {
  return `${receivedDate}|${normalizeWord(residentName)}|${normalizeWord(need)}`;
}

/** A phone that is not one, or one masked by an export, is left out with a warning (as for volunteers). */
function readResidentPhone(row: RowReader, problems: RowProblems, input: Record<string, unknown>, updating: boolean): void {
  const text = problems.take('phone', readPhone(row.cell('phone')));
  if (text === undefined) return;
  const phone = checkPhone(text);
  if (phone.ok) {
    input.phone = phone.value;
    return;
  }
  const value = quoted(text);
  if (looksMasked(text)) problems.warn('phone', updating ? 'importExport.warn.maskedPhoneKept' : 'importExport.warn.maskedPhoneDropped', { value });
  else problems.warn('phone', updating ? 'importExport.warn.optionalKept' : 'importExport.warn.phoneDropped', { value });
  if (!updating) input.phone = '';
}

/**
 * 群众点单: identified by the day received, the resident and the need. A new request is logged and taken
 * through the steps to its 办理状态 by the request machine (requestReplay). A request already on record
 * gets its details corrected; where it stands changes only by steps on its page, so a different state in
 * the sheet is said and left.
 */
export function requestRules(snapshot: LedgerSnapshot): KindRules<ImportedRequest, RequestDoc> {
  const byKey = new Map<string, RequestDoc>();
  for (const r of (snapshot.service ?? NO_SERVICE_RECORDS).requests) {
    const key = requestKey(r.receivedDate, r.residentName, r.need);
    if (!byKey.has(key)) byKey.set(key, r);
  }
  const lookups = {
    people: new PersonLookup(snapshot.volunteers),
    teamByName: new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id])),
    activitiesByTitle: activitiesByTitle(snapshot.activities),
  };

  return {
    identityField: 'need',
    identify(row) {
      const date = readDate(row.cell('receivedDate'), row.date1904);
      const name = readName(row.cell('residentName'));
      const need = cellText(row.cell('need'));
      if (!date.ok || date.value === '' || !name.ok || name.value === '' || normalizeWord(need) === '') return null;
      return requestKey(date.value, name.value, need);
    },
    existing: (key) => byKey.get(key),
    label(row) {
      const date = readDate(row.cell('receivedDate'), row.date1904);
      const name = cellText(row.cell('residentName')).trim().slice(0, 20);
      return date.ok && date.value !== '' ? `${date.value} ${name}` : name;
    },

    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      if (row.filled('receivedDate')) input.receivedDate = problems.take('receivedDate', readDate(row.cell('receivedDate'), row.date1904));
      else requireDate(row, problems, 'receivedDate', existing !== null);
      if (row.filled('residentName')) input.residentName = problems.take('residentName', readName(row.cell('residentName')));
      for (const field of ['villageGroup', 'need'] as const) {
        if (row.filled(field)) input[field] = problems.take(field, readText(row.cell(field)));
      }
      if (row.filled('phone')) readResidentPhone(row, problems, input, existing !== null);
      if (row.filled('field')) input.field = readCode(row, problems, 'field', 'fields');
      if (row.filled('urgency')) input.urgency = readServiceCode(row, problems, 'urgency', 'urgency');
      if (row.filled('wantedDate')) {
        const wanted = readOptionalDate(row, problems, 'wantedDate', 'lastDay', existing !== null);
        if (wanted !== undefined) input.wantedDate = wanted;
      }
      const flow = readRequestFlow(row, problems, lookups);
      const details = parseCollectingAll(parseRequestDetails, input, problems, STAND_INS);
      if (details === null || flow === undefined || problems.hasErrors()) return null;

      if (existing) {
        if (flow.state !== existing.state) {
          problems.warn('state', 'importExport.warn.requestStateKept', { state: serviceLabel('requestState', existing.state) });
        }
        const kept = splitImported(existing);
        return { ...kept.details, ...kept.flow, ...details };
      }
      const replay = replayImportedRequest(details, flow, CHECK_CONTEXT);
      if (!replay.ok) {
        problems.error(replay.field, replay.key, replay.params);
        return null;
      }
      return withoutHistory(replay.request);
    },
  };
}
