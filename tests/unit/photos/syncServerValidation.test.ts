import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_FULL_BYTES, MAX_PHOTO_THUMB_BYTES } from '../../../src-city/design/photoValidate';
import { outcome, STATION_ID, serverAdmin } from '../city/support/validateHarness';

const ID = 'photo:2f0c6a1e-8a57-4f57-9a43-0e6b1c8f1a11';

/** A photo document as validate_doc_update sees it on CouchDB 3.5: attachments as stubs with their length. */
function photoDoc(overrides: Record<string, unknown> = {}, attachments: Record<string, unknown> | null = null): Record<string, unknown> {
  return {
    _id: ID,
    type: 'photo',
    stationId: STATION_ID,
    owner: { type: 'activity', id: 'activity:abc' },
    kind: 'photo',
    mime: 'image/jpeg',
    bytes: 250_000,
    width: 1600,
    height: 1200,
    takenAt: '2026:05:01 09:30:00',
    fileName: '植树活动.jpg',
    addedBy: 'pc-1',
    _attachments: attachments ?? {
      full: { content_type: 'image/jpeg', revpos: 0, length: 250_000, stub: true },
      thumb: { content_type: 'image/jpeg', revpos: 0, length: 12_000, stub: true },
    },
    ...overrides,
  };
}

describe('photo documents on the station server', () => {
  it('accepts a photo with its file and thumbnail, and a scanned sheet without a thumbnail', () => {
    expect(outcome(photoDoc())).toBeNull();
    const pdf = photoDoc({ kind: 'sheet', mime: 'application/pdf', bytes: 900_000, width: undefined, height: undefined }, { full: { content_type: 'application/pdf', length: 900_000, stub: true } });
    delete pdf.width;
    delete pdf.height;
    expect(outcome(pdf)).toBeNull();
  });

  it('still refuses attachments on every other document', () => {
    const activity = { _id: 'activity:x', stationId: STATION_ID, _attachments: { full: { content_type: 'image/jpeg', length: 10, stub: true } } };
    expect(outcome(activity)?.forbidden).toMatch(/Attachments are not accepted/);
  });

  it('refuses other attachment names, types, a missing file, a length over the bound (as too large) and bytes that are not the file’s', () => {
    const stub = (content_type: string, length: number) => ({ content_type, length, stub: true });
    expect(outcome(photoDoc({}, { full: stub('image/jpeg', 250_000), extra: stub('image/jpeg', 5) }))?.forbidden).toMatch(/only the attachments full and thumb/);
    expect(outcome(photoDoc({}, { thumb: stub('image/jpeg', 5) }))?.forbidden).toMatch(/attachment full/);
    expect(outcome(photoDoc({ _attachments: undefined }))?.forbidden).toMatch(/attachment full/);
    expect(outcome(photoDoc({}, { full: stub('text/html', 250_000) }))?.forbidden).toMatch(/must be one of/);
    expect(outcome(photoDoc({}, { full: stub('image/jpeg', 250_000), thumb: stub('application/pdf', 5) }))?.forbidden).toMatch(/must be one of image\/jpeg, image\/png/);
    expect(outcome(photoDoc({ bytes: MAX_PHOTO_FULL_BYTES + 1 }, { full: stub('image/jpeg', MAX_PHOTO_FULL_BYTES + 1) }))?.forbidden).toMatch(/too large/);
    expect(outcome(photoDoc({}, { full: stub('image/jpeg', 250_000), thumb: stub('image/jpeg', MAX_PHOTO_THUMB_BYTES + 1) }))?.forbidden).toMatch(/too large/);
    expect(outcome(photoDoc({ bytes: 1 }))?.forbidden).toMatch(/not the length of its file/);
    expect(outcome(photoDoc({ mime: 'image/png' }))?.forbidden).toMatch(/mime says/);
  });

  it('checks the body like other types: stationId, owner, kind, fields and their bounds', () => {
    expect(outcome(photoDoc({ stationId: 'JN-LX-002' }))?.forbidden).toMatch(/stationId must be/);
    expect(outcome(photoDoc({ owner: { type: 'volunteer', id: 'volunteer:1' } }))?.forbidden).toMatch(/owner.type must be one of/);
    expect(outcome(photoDoc({ kind: 'selfie' }))?.forbidden).toMatch(/kind must be one of/);
    expect(outcome(photoDoc({ fileName: '' }))?.forbidden).toMatch(/fileName must not be empty/);
    expect(outcome(photoDoc({ type: 'activity' }))?.forbidden).toMatch(/type must be one of/);
    const missing = photoDoc();
    delete missing.addedBy;
    expect(outcome(missing)?.forbidden).toMatch(/addedBy is missing/);
  });

  it('never takes an edit of a live photo from a station, and takes only a bare tombstone', () => {
    const live = { ...photoDoc(), _rev: '1-a' };
    expect(outcome({ ...photoDoc({ fileName: '改名.jpg' }), _rev: '1-a' }, undefined, live)?.forbidden).toMatch(/never changed/);
    expect(outcome({ ...photoDoc({ fileName: '改名.jpg' }), _rev: '1-a' }, serverAdmin, live)).toBeNull();
    expect(outcome({ _id: ID, _rev: '2-b', _deleted: true }, undefined, live)).toBeNull();
    expect(outcome({ _id: ID, _rev: '2-b', _deleted: true, fileName: '植树活动.jpg' }, undefined, live)?.forbidden).toMatch(/only _id, _rev and _deleted/);
  });

  it('refuses any full file over the bound and takes any within it (lengths under fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_PHOTO_FULL_BYTES * 2 }), (length) => {
        const result = outcome(photoDoc({ bytes: length }, { full: { content_type: 'image/jpeg', length, stub: true } }));
        if (length <= MAX_PHOTO_FULL_BYTES) expect(result).toBeNull();
        else expect(result?.forbidden).toMatch(/too large/);
      }),
    );
  });
});
