import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loggedEntry } from '../../../../src-renderer/domain/requests/requestFlow';
import { CITY_PUBLISHER, requestSource } from '../../../../src-renderer/domain/requests/requestSource';

describe('where a request came from', () => {
  it('is the city when the city logged it, the station when a PC did', () => {
    expect(requestSource({ history: [loggedEntry({ at: '2024-03-05T09:00:00.000Z', by: CITY_PUBLISHER })] })).toBe('city');
    expect(requestSource({ history: [loggedEntry({ at: '2024-03-05T09:00:00.000Z', by: 'pc-1f0e' })] })).toBe('station');
    expect(requestSource({ history: [] })).toBe('station');
  });

  it('a station PC’s id (pc-<uuid>) never reads as the city, and only the first step, 登记, says who logged it', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const pc = `pc-${uuid}`;
        const later = { action: 'dispatch' as const, by: CITY_PUBLISHER };
        expect(requestSource({ history: [loggedEntry({ at: '2024-03-05T09:00:00.000Z', by: pc }), later] })).toBe('station');
        expect(requestSource({ history: [loggedEntry({ at: '2024-03-05T09:00:00.000Z', by: CITY_PUBLISHER }), { action: 'dispatch', by: pc }] })).toBe('city');
      }),
    );
  });
});
