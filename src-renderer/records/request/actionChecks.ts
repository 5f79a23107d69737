import { ID_MAX_LENGTH } from '../../domain/ids';
import type { FieldIssue } from '../../domain/issues';
import { REQUEST_REFUSAL_KEYS, type RequestAction, type RequestRefusal } from '../../domain/requests/requestFlow';
import { MAX_ASSIGNED_VOLUNTEERS, REASON_MAX, REMARK_MAX } from './shape';

/** The activity chosen to close a request is not on record (deleted, or never saved). */
export const ACTIVITY_MISSING_KEY = 'requests.refusal.activityMissing';
/** The request has taken as many steps as it may hold (MAX_HISTORY). */
export const HISTORY_FULL_KEY = 'requests.refusal.historyFull';

const TOO_LONG = 'validation.tooLong';

/**
 * What an action carries beyond the stored bounds, by the field of the action's form (reason, remark,
 * teamId, volunteerIds). The state machine judges everything else.
 */
export function actionProblems(action: RequestAction): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const tooLong = (field: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.trim().length > max) issues.push({ field, key: TOO_LONG, params: { max } });
  };
  switch (action.type) {
    case 'dispatch':
      tooLong('teamId', action.teamId, ID_MAX_LENGTH);
      if ((action.volunteerIds ?? []).some((id) => id.trim().length > ID_MAX_LENGTH)) issues.push({ field: 'volunteerIds', key: 'validation.invalid' });
      if (new Set(action.volunteerIds ?? []).size > MAX_ASSIGNED_VOLUNTEERS) {
        issues.push({ field: 'volunteerIds', key: 'requests.refusal.tooManyVolunteers', params: { max: MAX_ASSIGNED_VOLUNTEERS } });
      }
      break;
    case 'refuse':
    case 'cancel':
    case 'reassign':
      tooLong('reason', action.reason, REASON_MAX);
      break;
    case 'close':
      tooLong('activityId', action.activityId, ID_MAX_LENGTH);
      break;
    case 'rate':
      tooLong('remark', action.remark, REMARK_MAX);
      break;
    case 'accept':
      break;
  }
  return issues;
}

/** The form field each refusal concerns; '' for those about the request as a whole. */
const REFUSAL_FIELDS: Readonly<Record<string, string>> = {
  [REQUEST_REFUSAL_KEYS.noAssignee]: 'teamId',
  [REQUEST_REFUSAL_KEYS.reasonRequired]: 'reason',
  [REQUEST_REFUSAL_KEYS.activityRequired]: 'activityId',
  [REQUEST_REFUSAL_KEYS.doneDateInvalid]: 'activityId',
  [REQUEST_REFUSAL_KEYS.doneBeforeReceived]: 'activityId',
  [REQUEST_REFUSAL_KEYS.ratingInvalid]: 'rating',
};

export function refusalIssue(refusal: RequestRefusal): FieldIssue {
  const issue: FieldIssue = { field: REFUSAL_FIELDS[refusal.reason] ?? '', key: refusal.reason };
  return refusal.params === undefined ? issue : { ...issue, params: refusal.params };
}
