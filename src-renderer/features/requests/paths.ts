/** Addresses of the 群众点单 screens, for links from other features (the activity form, the home page). */
export const REQUESTS_PATH = '/requests';
export const NEW_REQUEST_PATH = '/requests/new';
/** The printable 群众点单台账 (?from=…&to=…, this month at first). */
export const REQUEST_LEDGER_PATH = '/requests/ledger';

export function requestPath(id: string): string {
  return `${REQUESTS_PATH}/${encodeURIComponent(id)}`;
}

export function editRequestPath(id: string): string {
  return `${requestPath(id)}/edit`;
}

/** The query parameter of the activity form that names the request the new activity serves. */
export const FROM_REQUEST_PARAM = 'request';

/** The new-activity form prefilled from a request; saving it closes the request with that activity. */
export function newActivityForRequestPath(id: string): string {
  return `/activities/new?${new URLSearchParams({ [FROM_REQUEST_PARAM]: id }).toString()}`;
}
