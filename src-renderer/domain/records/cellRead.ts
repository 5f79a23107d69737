import { NO_FORMULA_RESULT } from './sheet';

/** A cell read as one kind of value; `key` is an i18n key (importExport.issue.*) when it could not be. */
export type CellRead<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

export const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });

export const problem = <T>(key: string, params?: Record<string, string | number>): CellRead<T> =>
  params ? { ok: false, key, params } : { ok: false, key };

/** An error cell (#N/A, a formula never calculated) is explained instead of being read as empty. */
export function errorRead<T>(cell: { kind: 'error'; code: string }): CellRead<T> {
  return cell.code === NO_FORMULA_RESULT ? problem('importExport.issue.formulaNoResult') : problem('importExport.issue.errorCell', { code: cell.code.slice(0, 12) });
}

/** How much of a cell a message quotes: a 32,767-character cell must not fill the problem list. */
const QUOTE_LENGTH = 30;

export function quoted(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH)}…` : trimmed;
}
