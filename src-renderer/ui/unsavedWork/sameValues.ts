/**
 * Whether a form still holds what it opened with. Emptiness is judged as a keeper sees it: a field never
 * touched (undefined), one emptied again ('') and a cleared box (null) are all "nothing typed", so typing
 * a letter and deleting it does not count as a change; nor does an emptied list.
 */

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Bounds the walk: form values are a few levels deep (activity → participants → row). */
const MAX_DEPTH = 8;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A value with toJSON (a dayjs date) compares by its JSON form; functions and symbols are not form data. */
function plain(value: unknown, depth: number): Plain {
  if (isEmpty(value) || depth > MAX_DEPTH) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => plain(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return plain(withJson.toJSON(), depth + 1);
    const out: { [key: string]: Plain } = {};
    for (const key of Object.keys(value).sort()) {
      const inner = plain((value as Record<string, unknown>)[key], depth + 1);
      if (inner !== null) out[key] = inner;
    }
    return Object.keys(out).length === 0 ? null : out;
  }
  return null;
}

export function sameFormValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a, 0)) === JSON.stringify(plain(b, 0));
}

interface Place {
  pathname: string;
  search: string;
}

/** Moving within the screen (its hash only) keeps the form; another path or query opens another screen. */
export function leavesScreen(current: Place, next: Place): boolean {
  return current.pathname !== next.pathname || current.search !== next.search;
}
