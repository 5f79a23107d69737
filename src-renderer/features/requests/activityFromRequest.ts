import type { ActivityFormValues } from '../activities/formValues';
import type { RequestDoc } from '../../records/request/shape';

/** The activity form's title box holds at most this many characters (activities' shape). */
const TITLE_MAX = 100;

/**
 * A new activity for a request, prefilled from it: the need's first line as the title, its service field,
 * the team it was dispatched to, and the day given (today). The keeper fills in the rest as usual.
 */
export function activityValuesFromRequest(request: Pick<RequestDoc, 'need' | 'field' | 'teamId'>, blank: ActivityFormValues): ActivityFormValues {
  const firstLine = request.need.split(/\r?\n/)[0]?.trim() ?? '';
  return { ...blank, title: firstLine.slice(0, TITLE_MAX), field: request.field, teamId: request.teamId || undefined };
}
