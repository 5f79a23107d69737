import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  idNumberMatchesTail,
  idNumberMessageKey,
  maskIdNumber,
  normalizeIdNumber,
  type IdNumberProblem,
} from '../../../src-renderer/domain/idNumber';

/**
 * The check character computed from the standard's definition (weights 2^(17-i) mod 11, check value
 * (12 - sum mod 11) mod 11 with 10 written X), not from the module's weight table, so a typo in either
 * shows up here.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function withCheck(first17: string): string {
  return first17 + referenceCheckChar(first17);
}

const TODAY = '2024-06-01';

describe('the reference formula', () => {
  it('agrees with the published GB 11643 samples', () => {
    expect(withCheck('11010519491231002')).toBe('11010519491231002X');
    expect(withCheck('44052418800101001')).toBe('440524188001010014');
    expect(withCheck('37010219900307123')).toBe('370102199003071238');
  });
});

describe('checkIdNumber accepts real numbers', () => {
  it.each([
    { raw: '11010519491231002X', value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    { raw: '11010519491231002x', value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    { raw: '１１０１０５１９４９１２３１００２Ｘ', value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    { raw: '１１０１０５１９４９１２３１００２ｘ', value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    { raw: ' 110105 19491231 002X ', value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    { raw: '370102199003071238', value: '370102199003071238', birthDate: '1990-03-07', gender: 'male' },
    { raw: '110105194912310011', value: '110105194912310011', birthDate: '1949-12-31', gender: 'male' },
    { raw: withCheck('65010220000229005'), value: withCheck('65010220000229005'), birthDate: '2000-02-29', gender: 'male' },
    { raw: withCheck('81000019000101002'), value: withCheck('81000019000101002'), birthDate: '1900-01-01', gender: 'female' },
    { raw: withCheck('51010220240601008'), value: withCheck('51010220240601008'), birthDate: '2024-06-01', gender: 'female' },
  ])('$raw', ({ raw, value, birthDate, gender }) => {
    expect(checkIdNumber(raw, TODAY)).toEqual({ ok: true, value, birthDate, gender });
  });

  it('uses the PC date when no date is given', () => {
    expect(checkIdNumber('11010519491231002X').ok).toBe(true);
  });
});

describe('checkIdNumber names the problem', () => {
  const cases: { label: string; raw: string; problem: IdNumberProblem }[] = [
    { label: 'empty', raw: '', problem: 'length' },
    { label: '17 characters', raw: '11010519491231002', problem: 'length' },
    { label: '19 characters', raw: '11010519491231002X1', problem: 'length' },
    { label: 'old 15-digit number', raw: '110105491231002', problem: 'length' },
    { label: 'a letter inside', raw: '1101051949123A002X', problem: 'format' },
    { label: 'X not last', raw: '1101051949123100X2', problem: 'format' },
    { label: 'a Chinese character inside', raw: '11010519491231002号', problem: 'format' },
    { label: 'province 00', raw: withCheck('00010519491231002'), problem: 'region' },
    { label: 'province 19', raw: withCheck('19010519491231002'), problem: 'region' },
    { label: 'province 99', raw: withCheck('99010519491231002'), problem: 'region' },
    { label: 'February 30', raw: withCheck('11010519900230002'), problem: 'birthDate' },
    { label: 'month 13', raw: withCheck('11010519901301002'), problem: 'birthDate' },
    { label: 'day 00', raw: withCheck('11010519900100002'), problem: 'birthDate' },
    { label: 'February 29 in 1900 (not a leap year)', raw: withCheck('11010519000229002'), problem: 'birthDate' },
    { label: 'February 29 in 2023', raw: withCheck('11010520230229002'), problem: 'birthDate' },
    { label: 'born before 1900', raw: withCheck('11010518991231002'), problem: 'birthDate' },
    { label: 'the standard sample born in 1880', raw: '440524188001010014', problem: 'birthDate' },
    { label: 'born tomorrow', raw: withCheck('11010520240602002'), problem: 'birthDate' },
    { label: 'born in 2099', raw: withCheck('11010520990101002'), problem: 'birthDate' },
    { label: 'wrong check digit', raw: '110105194912310021', problem: 'checksum' },
    { label: 'X where the check digit is 8', raw: '37010219900307123X', problem: 'checksum' },
    { label: '0 where the check character is X', raw: '110105194912310020', problem: 'checksum' },
    { label: 'two digits swapped', raw: '11010519491231020X', problem: 'checksum' },
    { label: 'one digit mistyped', raw: '11010519491231003X', problem: 'checksum' },
  ];
  it.each(cases)('$label → $problem', ({ raw, problem }) => {
    expect(checkIdNumber(raw, TODAY)).toEqual({ ok: false, problem });
  });
});

describe('idNumberMessageKey', () => {
  it.each(['length', 'format', 'region', 'birthDate', 'checksum'] as const)('%s', (problem) => {
    expect(idNumberMessageKey(problem)).toBe(`validation.idNumber.${problem}`);
  });
});

describe('normalizeIdNumber', () => {
  it.each([
    ['11010519491231002x', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['  110105　19491231\t002X ', '11010519491231002X'],
    ['e12345678', 'E12345678'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeIdNumber(raw)).toBe(expected);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110***********002X'],
    ['11010519491231002x', '110***********002X'],
    ['E12345678', 'E******78'],
    ['H1234567', 'H*****67'],
    ['AB1', '***'],
    ['', ''],
  ])('%s → %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it('hides the birth date of a resident ID', () => {
    expect(maskIdNumber('11010519491231002X')).not.toContain('1949');
  });
});

describe('idNumberMatchesTail', () => {
  it.each([
    ['11010519491231002X', '002X', true],
    ['11010519491231002X', '002x', true],
    ['11010519491231002X', '02X', true],
    ['11010519491231002X', 'X', true],
    ['11010519491231002X', '１００２Ｘ', true],
    ['11010519491231002X', '002', false],
    ['11010519491231002X', '1231', false],
    ['440524188001010014', '0014', true],
    ['440524188001010014', '001X', false],
    ['11010519491231002X', '0X2X', false],
    ['11010519491231002X', '', false],
  ])('%s ends with %s: %s', (value, digits, expected) => {
    expect(idNumberMatchesTail(value, digits)).toBe(expected);
  });
});
