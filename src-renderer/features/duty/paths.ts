export const DUTY_PATH = '/duty';
export const SIGN_IN_DESK_PATH = '/duty/sign-in';

export function postPath(postId: string): string {
  return `/duty/${encodeURIComponent(postId)}`;
}

export function shiftPath(shiftId: string): string {
  return `/duty/shift/${encodeURIComponent(shiftId)}`;
}
