/** Addresses of the printable documents, for links from other features (the activity list and form). */
export const REPORT_PATHS = { report: '/reports', ledger: '/reports/ledger', signIn: '/reports/sign-in' } as const;

export const ACTIVITY_RECORD_PATH = '/reports/activity-record';

/** The query parameter that names the recorded activity a sign-in sheet is for. */
export const ACTIVITY_PARAM = 'activity';

/** The 活动记录表 of one recorded activity. */
export function activityRecordPath(activityId: string): string {
  return `${ACTIVITY_RECORD_PATH}/${encodeURIComponent(activityId)}`;
}

/** The 签到表 of one recorded activity: its details and participants filled in. */
export function activitySignInPath(activityId: string): string {
  return `${REPORT_PATHS.signIn}?${new URLSearchParams({ [ACTIVITY_PARAM]: activityId }).toString()}`;
}

/** The recorded activity a sign-in sheet link asked for ('' for a blank sheet). */
export function activityFromSearch(search: URLSearchParams): string {
  return search.get(ACTIVITY_PARAM)?.trim() ?? '';
}
