import type { ActivityFormValues } from '../activities/formValues';
import { addParticipants } from '../activities/participants';
import type { RequestDoc } from '../../records/request/shape';

/** The activity form's title box holds at most this many characters (activities' shape). */
const TITLE_MAX = 100;
/** One resident asked: the activity served one person unless the keeper says otherwise. */
const SERVED_BY_ONE_REQUEST = 1;

/** What the form reads from the request; volunteers and the wanted day are absent on a request never dispatched. */
type RequestForActivity = Pick<RequestDoc, 'need' | 'field' | 'teamId'> & Partial<Pick<RequestDoc, 'volunteerIds' | 'wantedDate'>>;

/**
 * A new activity for a request, prefilled with what the app knows: the need's first line as the title and
 * the whole need as its content, its service field, the team and the volunteers it was dispatched to (with
 * the hours the form gives anyone added before the times are typed), one person served, and the day:
 * `blank`'s (today), or the wanted day when that has passed (the service was most likely done then).
 * The keeper fills in the rest as usual.
 */
export function activityValuesFromRequest(request: RequestForActivity, blank: ActivityFormValues): ActivityFormValues {
  const firstLine = request.need.split(/\r?\n/)[0]?.trim() ?? '';
  const wanted = request.wantedDate ?? '';
  const date = wanted !== '' && wanted < blank.date ? wanted : blank.date;
  // Span 0: no times yet, so each person gets the form's default hours until the times are typed.
  const participants = addParticipants(blank.participants, request.volunteerIds ?? [], 0).rows;
  return {
    ...blank,
    title: firstLine.slice(0, TITLE_MAX),
    date,
    field: request.field,
    teamId: request.teamId || undefined,
    participants,
    servedCount: SERVED_BY_ONE_REQUEST,
    summary: request.need.trim(),
  };
}
