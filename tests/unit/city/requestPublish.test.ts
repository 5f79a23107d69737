import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedRequestId, publishFileSchema, requestDocOf, type PublishedRequest } from '../../../src-city/commands/requestPublish';
import { requestSource } from '../../../src-renderer/domain/requests/requestSource';
import { requestDocSchema } from '../../../src-renderer/records/request/shape';

const NOW = new Date('2024-03-05T01:30:00.000Z');
const REQUEST: PublishedRequest = { station: 'JN-LX-001', residentName: '王秀英', villageGroup: '三组', phone: '139 0531 0002', need: '独居老人家中电灯不亮', field: 'aid', wantedDate: '2024-03-08', ref: '12345-0001' };

describe('a request the city publishes', () => {
  it('is stored as the station’s own request would be: 待派单, logged by the city, the phone normalised', () => {
    const doc = requestDocOf(REQUEST, NOW, '2024-03-05');
    expect(requestDocSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({ stationId: 'JN-LX-001', state: 'pending', receivedDate: '2024-03-05', wantedDate: '2024-03-08', phone: '13905310002', urgency: 'normal', volunteerIds: [], rating: 0 });
    expect(doc.history).toEqual([{ action: 'log', from: 'pending', to: 'pending', at: NOW.toISOString(), by: 'city' }]);
    expect(requestSource(doc)).toBe('city');
  });

  it('is refused, naming the fields in both languages, when the app would refuse it', () => {
    expect(() => requestDocOf({ ...REQUEST, phone: '12' }, NOW, '2024-03-05')).toThrow(/Phone not valid/);
    expect(() => requestDocOf({ ...REQUEST, wantedDate: '2024-03-01' }, NOW, '2024-03-05')).toThrow(/Wanted by not valid/);
    expect(() => requestDocOf({ ...REQUEST, residentName: ' ', need: '' }, NOW, '2024-03-05')).toThrow(/Resident, What is needed not valid/);
  });

  it('has one id per station and reference, or per content without one, so publishing twice publishes once', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((r) => r.trim() !== ''), fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('JN-LX-001', 'JN-LX-002'), (ref, need, station) => {
        const a = publishedRequestId({ ...REQUEST, station, ref }, '2024-03-05');
        expect(a).toBe(publishedRequestId({ ...REQUEST, station, ref, need }, '2024-03-06'));
        expect(a.length).toBeLessThanOrEqual(64);
        expect(a.startsWith('request:')).toBe(true);
        expect(a).not.toBe(publishedRequestId({ ...REQUEST, station: station === 'JN-LX-001' ? 'JN-LX-002' : 'JN-LX-001', ref }, '2024-03-05'));
      }),
    );
    const { ref: _ref, ...withoutRef } = REQUEST;
    expect(publishedRequestId(withoutRef, '2024-03-05')).toBe(publishedRequestId({ ...withoutRef }, '2024-03-05'));
    expect(publishedRequestId(withoutRef, '2024-03-05')).not.toBe(publishedRequestId({ ...withoutRef, need: '另一件事' }, '2024-03-05'));
    // A blank reference is none: the content says which request it is.
    expect(publishedRequestId({ ...withoutRef, ref: '  ' }, '2024-03-05')).toBe(publishedRequestId(withoutRef, '2024-03-05'));
  });

  it('a file of them names each request’s station and refuses fields it does not know', () => {
    expect(publishFileSchema.safeParse({ requests: [REQUEST] }).success).toBe(true);
    expect(publishFileSchema.safeParse({ requests: [{ ...REQUEST, idNumber: '370102198003030030' }] }).success).toBe(false);
    expect(publishFileSchema.safeParse({ requests: [] }).success).toBe(false);
  });
});
