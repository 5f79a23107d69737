export const DUTY_PATH = '/duty';
export const SIGN_IN_DESK_PATH = '/duty/sign-in';

export function postPath(postId: string): string {
  return `/duty/${encodeURIComponent(postId)}`;
}

export function shiftPath(shiftId: string): string {
  return `/duty/shift/${encodeURIComponent(shiftId)}`;
}

/** The post's printable 值守排班表 (a period chosen on it, this month at first). */
export function postRosterPath(postId: string): string {
  return `${postPath(postId)}/roster`;
}
