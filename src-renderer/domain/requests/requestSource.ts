import { REQUEST_LOGGED, type RequestHistoryEntry } from './requestFlow';

/**
 * Where a request came from. Most are logged at the station; the city may publish one down to a station
 * (`npm run city -- request publish`, 市级下派), and then the city recorded its first step, 登记: its
 * history's first entry names the city as `by`, where a station's names the PC (`pc-<uuid>`), so the two
 * can never be mistaken. The request needs no field of its own, and an app that does not know this shows
 * it as an ordinary request: nothing about it differs but who logged it.
 */
export const CITY_PUBLISHER = 'city';

export type RequestSource = 'station' | 'city';

export function requestSource(request: { history: readonly Pick<RequestHistoryEntry, 'action' | 'by'>[] }): RequestSource {
  const first = request.history[0];
  return first?.action === REQUEST_LOGGED && first.by === CITY_PUBLISHER ? 'city' : 'station';
}
