/** Addresses of the certificate screens, for links from other features (the volunteer's page). */
export const CERTIFICATES_PATH = '/certificates';
export const NEW_CERTIFICATE_PATH = '/certificates/new';

/** The query parameter that names the volunteer the new certificate is for. */
export const VOLUNTEER_PARAM = 'volunteer';

/** The issue form, with `volunteerId` already chosen when given. */
export function newCertificatePath(volunteerId = ''): string {
  if (volunteerId === '') return NEW_CERTIFICATE_PATH;
  return `${NEW_CERTIFICATE_PATH}?${new URLSearchParams({ [VOLUNTEER_PARAM]: volunteerId }).toString()}`;
}

/** The volunteer a link asked for ('' for none). */
export function volunteerFromSearch(search: URLSearchParams): string {
  return search.get(VOLUNTEER_PARAM)?.trim() ?? '';
}

export function certificatePath(id: string): string {
  return `${CERTIFICATES_PATH}/${encodeURIComponent(id)}`;
}
