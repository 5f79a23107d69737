import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leavesScreen, sameFormValues } from '../../../src-renderer/ui/unsavedWork/sameValues';

/** An activity form as it opens, and as a keeper leaves it half-filled. */
const opened = {
  title: '',
  date: '2026-11-20',
  startTime: '',
  endTime: '',
  place: '',
  field: '',
  projectId: undefined,
  teamId: undefined,
  participants: [],
  servedCount: 0,
  servedGroups: [],
  summary: '',
};

describe('whether a form holds unsaved work', () => {
  it('is no change for a form as it opened, or typed into and emptied again', () => {
    expect(sameFormValues(opened, { ...opened })).toBe(true);
    expect(sameFormValues(opened, { ...opened, title: '', projectId: null, servedGroups: [] })).toBe(true);
    // antd leaves out the fields of a form that has not drawn them yet.
    expect(sameFormValues(opened, { date: '2026-11-20', servedCount: 0 })).toBe(true);
  });

  it('is a change for one letter, one participant or one changed hour', () => {
    const withPeople = { ...opened, participants: [{ volunteerId: 'volunteer:1', hours: 3, manual: false }] };
    expect(sameFormValues(opened, { ...opened, title: '义' })).toBe(false);
    expect(sameFormValues(opened, withPeople)).toBe(false);
    expect(sameFormValues(withPeople, { ...withPeople, participants: [{ volunteerId: 'volunteer:1', hours: 2.5, manual: true }] })).toBe(false);
    expect(sameFormValues(opened, { ...opened, servedCount: 12 })).toBe(false);
  });

  it('does not depend on the order the fields are listed in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (values) => {
        const reversed = Object.fromEntries(Object.entries(values).reverse());
        expect(sameFormValues(values, reversed)).toBe(true);
      }),
    );
  });

  it('sees any one changed text field among many', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ minLength: 1 }), { minKeys: 1 }), fc.string({ minLength: 1 }), (values, typed) => {
        const key = Object.keys(values)[0] ?? '';
        fc.pre(values[key] !== typed);
        expect(sameFormValues(values, { ...values, [key]: typed })).toBe(false);
      }),
    );
  });

  it('compares dates held as dayjs objects by the day they name', () => {
    const day = (iso: string) => ({ toJSON: () => iso });
    expect(sameFormValues({ issuedDate: day('2026-11-20') }, { issuedDate: day('2026-11-20') })).toBe(true);
    expect(sameFormValues({ issuedDate: day('2026-11-20') }, { issuedDate: day('2026-11-21') })).toBe(false);
  });
});

describe('which navigations leave the screen', () => {
  it('is another path or another query, not the same place again', () => {
    expect(leavesScreen({ pathname: '/activities/new', search: '' }, { pathname: '/activities', search: '' })).toBe(true);
    expect(leavesScreen({ pathname: '/activities/new', search: '' }, { pathname: '/activities/new', search: '?copy=last' })).toBe(true);
    expect(leavesScreen({ pathname: '/activities/new', search: '' }, { pathname: '/activities/new', search: '' })).toBe(false);
  });
});
