/** Volunteer ids ("volunteer:…") are path-safe as they are: a colon is allowed inside a path segment. */
export const VOLUNTEERS_PATH = '/volunteers';
export const NEW_VOLUNTEER_PATH = '/volunteers/new';

export function volunteerPath(id: string): string {
  return `${VOLUNTEERS_PATH}/${id}`;
}

export function editVolunteerPath(id: string): string {
  return `${VOLUNTEERS_PATH}/${id}/edit`;
}
