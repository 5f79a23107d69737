import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../src-renderer/features/volunteers/age';

describe('ageOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('1980-06-15', '2024-06-14')).toBe(43);
    expect(ageOn('1980-06-15', '2024-06-15')).toBe(44);
    expect(ageOn('1980-06-15', '2024-12-31')).toBe(44);
  });

  it('treats a 29 February birthday as reached on 1 March in ordinary years', () => {
    expect(ageOn('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageOn('2000-02-29', '2023-03-01')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('is unknown without a birth date, or with one after today', () => {
    expect(ageOn('', '2024-01-01')).toBeNull();
    expect(ageOn('2025-01-01', '2024-01-01')).toBeNull();
  });

  it('is unknown for a date that is not a real calendar day', () => {
    expect(ageOn('2023-02-29', '2024-06-01')).toBeNull();
    expect(ageOn('1990-13-01', '2024-06-01')).toBeNull();
    expect(ageOn('1990-04-31', '2024-06-01')).toBeNull();
    expect(ageOn('1990-00-10', '2024-06-01')).toBeNull();
    expect(ageOn('1990-1-5', '2024-06-01')).toBeNull();
    expect(ageOn('1900-02-29', '2024-06-01')).toBeNull();
    expect(ageOn('2000-02-29', '2024-06-01')).toBe(24);
    expect(ageOn('1990-01-01', '2024-02-30')).toBeNull();
  });
});
