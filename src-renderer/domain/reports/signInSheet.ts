export const DEFAULT_BLANK_ROWS = 10;
export const MAX_SIGN_IN_ROWS = 300;

export interface SignInRow {
  /** 1-based line number as printed. */
  index: number;
  /** '' for a blank line a walk-in volunteer writes their name on. */
  name: string;
}

/**
 * The lines of a paper sign-in sheet: the people by name (a team's members, or who took part in a recorded
 * activity), then blank lines for people who come without being on the list. Every name is printed; only
 * the blank lines are capped, so a typo (5000 blank rows) cannot hang the print.
 */
export function signInRows(names: readonly string[], blankRows: number): SignInRow[] {
  const wanted = Number.isFinite(blankRows) ? Math.max(0, Math.floor(blankRows)) : 0;
  const blanks = Math.min(wanted, Math.max(0, MAX_SIGN_IN_ROWS - names.length));
  const lines = [...names, ...Array.from({ length: blanks }, () => '')];
  return lines.map((name, i) => ({ index: i + 1, name }));
}
