import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkMeter, FAST_THROUGHPUT, MAX_PAGE, MIN_PAGE, SLOW_THROUGHPUT, SMALL_REQUEST_BYTES } from '../../../src-renderer/photos/sync/linkMeter';
import { multipartDocument } from '../../../src-renderer/photos/sync/multipart';
import { forEachLimited } from '../../../src-renderer/photos/sync/pool';
import { ownsStationChange } from '../../../src-renderer/sync/collections';

describe('the link meter', () => {
  it('sends one photo at a time until it knows the link, and on any link slower than the slow mark', () => {
    const meter = createLinkMeter();
    expect(meter.parallelism()).toBe(1);
    meter.record({ bytes: 300_000, ms: 15_000 }); // 20 kB/s: GPRS up
    expect(meter.parallelism()).toBe(1);
  });

  it('keeps parallelism within 1–3 and page sizes within their bounds, whatever it measured; slow links get 1, fast ones with short round trips 3', () => {
    const sample = fc.record({ bytes: fc.integer({ min: 0, max: 20_000_000 }), ms: fc.integer({ min: 0, max: 600_000 }) });
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 30 }), (samples) => {
        const meter = createLinkMeter();
        for (const s of samples) meter.record(s);
        const p = meter.parallelism();
        expect(p).toBeGreaterThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(3);
        const throughput = meter.throughput();
        if (throughput !== null && throughput < SLOW_THROUGHPUT) expect(p).toBe(1);
        const rtt = meter.roundTrip();
        if (throughput !== null && throughput > FAST_THROUGHPUT && (rtt === null || rtt <= 400)) expect(p).toBe(3);
        expect(meter.pageSize()).toBeGreaterThanOrEqual(MIN_PAGE);
        expect(meter.pageSize()).toBeLessThanOrEqual(MAX_PAGE);
      }),
    );
  });

  it('reads a long round trip as a slow link even when the bytes flow fast', () => {
    const meter = createLinkMeter();
    for (let i = 0; i < 5; i++) meter.record({ bytes: 2_000_000, ms: 1000 });
    expect(meter.parallelism()).toBe(3);
    for (let i = 0; i < 10; i++) meter.record({ bytes: SMALL_REQUEST_BYTES - 1, ms: 900 });
    expect(meter.parallelism()).toBe(1);
  });
});

describe('the photo’s request body', () => {
  it('is multipart/related: the JSON with each file’s length, then the raw bytes in that order', async () => {
    const full = new Blob([new Uint8Array([1, 2, 3, 4, 5])]);
    const thumb = new Blob([new Uint8Array([9, 8])]);
    const { contentType, body } = multipartDocument({ _id: 'photo:x', type: 'photo' }, [
      { name: 'full', contentType: 'image/jpeg', blob: full },
      { name: 'thumb', contentType: 'image/jpeg', blob: thumb },
    ], 'B');
    expect(contentType).toBe('multipart/related; boundary="B"');
    const bytes = new Uint8Array(await body.arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    const json = '{"_id":"photo:x","type":"photo","_attachments":{"full":{"follows":true,"content_type":"image/jpeg","length":5},"thumb":{"follows":true,"content_type":"image/jpeg","length":2}}}';
    expect(text).toBe(`--B\r\ncontent-type: application/json\r\n\r\n${json}\r\n--B\r\ncontent-type: image/jpeg\r\n\r\n\x01\x02\x03\x04\x05\r\n--B\r\ncontent-type: image/jpeg\r\n\r\n\x09\x08\r\n--B--`);
  });
});

describe('the pool', () => {
  it('never runs more at once than the limit asks, runs every item, and throws the first failure after the running ones settle', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 4 }), async (count, limit) => {
        let running = 0;
        let most = 0;
        const done: number[] = [];
        await forEachLimited([...Array(count).keys()], () => limit, async (i) => {
          running += 1;
          most = Math.max(most, running);
          await Promise.resolve();
          done.push(i);
          running -= 1;
        });
        expect(most).toBeLessThanOrEqual(limit);
        expect(done.sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
      }),
    );
    const failing = forEachLimited([1, 2, 3], () => 1, (i) => (i === 2 ? Promise.reject(new Error('two')) : Promise.resolve()));
    await expect(failing).rejects.toThrow('two');
  });
});

describe('the record channel', () => {
  it('leaves photo documents to the photo channel (the profile’s collection takes ids of no known type otherwise)', () => {
    expect(ownsStationChange('station', 'photo:2f0c6a1e')).toBe(false);
    expect(ownsStationChange('activities', 'photo:2f0c6a1e')).toBe(false);
  });
});
