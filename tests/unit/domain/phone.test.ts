import { describe, expect, it } from 'vitest';
import { checkPhone, maskPhone, normalizePhone } from '../../../src-renderer/domain/phone';

describe('checkPhone accepts and normalises', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'mobile'],
    ['138-1234-5678', '13812345678', 'mobile'],
    ['１３８１２３４５６７８', '13812345678', 'mobile'],
    ['+86 138 1234 5678', '13812345678', 'mobile'],
    ['+8613812345678', '13812345678', 'mobile'],
    ['0086-13812345678', '13812345678', 'mobile'],
    ['8613812345678', '13812345678', 'mobile'],
    ['19912345678', '19912345678', 'mobile'],
    ['  166 0000 1111 ', '16600001111', 'mobile'],
    ['0531-88888888', '0531-88888888', 'landline'],
    ['0531 88888888', '0531-88888888', 'landline'],
    ['053188888888', '0531-88888888', 'landline'],
    ['0531－88888888', '0531-88888888', 'landline'],
    ['０５３１－８８８８８８８８', '0531-88888888', 'landline'],
    ['(0531)88888888', '0531-88888888', 'landline'],
    ['（0531）8888 8888', '0531-88888888', 'landline'],
    ['0531 8888 8888', '0531-88888888', 'landline'],
    ['0531—88888888', '0531-88888888', 'landline'],
    ['010-62345678', '010-62345678', 'landline'],
    ['01062345678', '010-62345678', 'landline'],
    ['02188888888', '021-88888888', 'landline'],
    ['0898-6666666', '0898-6666666', 'landline'],
    ['0531-88888888-123', '0531-88888888-123', 'landline'],
    ['0531-88888888转123', '0531-88888888-123', 'landline'],
    ['88888888', '88888888', 'landline'],
    ['8888 8888', '88888888', 'landline'],
    ['6666666', '6666666', 'landline'],
    ['88888888-12', '88888888-12', 'landline'],
  ])('%s → %s (%s)', (raw, value, kind) => {
    expect(checkPhone(raw)).toEqual({ ok: true, value, kind });
  });
});

describe('checkPhone refuses', () => {
  it.each([
    ['empty', ''],
    ['mobile with 10 digits', '1381234567'],
    ['mobile with 12 digits', '138123456789'],
    ['mobile starting 12', '12812345678'],
    ['mobile starting 10', '10812345678'],
    ['letters', '138abcd5678'],
    ['6-digit local number', '888888'],
    ['9-digit local number', '888888888'],
    ['local number starting with 1', '18888888'],
    ['area code with 5 digits', '05311-8888888'],
    ['area code not starting with 0', '5310-88888888'],
    ['landline with 6-digit number', '0531-888888'],
    ['landline with 9-digit number', '0531-888888888'],
    ['extension of 7 digits', '0531-88888888-1234567'],
    ['two extensions', '0531-88888888转12转3'],
    ['words', '无'],
    ['foreign number', '+1 415 555 0100'],
  ])('%s: %s', (_label, raw) => {
    expect(checkPhone(raw)).toEqual({ ok: false });
  });
});

describe('normalizePhone', () => {
  it('leaves what it cannot read as typed, only trimmed and half-width', () => {
    expect(normalizePhone(' 无／不详 ')).toBe('无/不详');
  });

  it('is stable: normalising twice changes nothing', () => {
    for (const raw of ['+86 138 1234 5678', '(0531)8888 8888', '0531-88888888转123', '8888 8888']) {
      const once = normalizePhone(raw);
      expect(normalizePhone(once)).toBe(once);
    }
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['0531-88888812', '0531-******12'],
    ['010-62345678', '010-******78'],
    ['0898-6666612', '0898-*****12'],
    ['0531-88888812-123', '0531-******12-***'],
    ['88888812', '******12'],
    ['123', '***'],
    ['something else', '************se'],
    ['', ''],
  ])('%s → %s', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });

  it('never shows the middle digits of a mobile', () => {
    expect(maskPhone('13812345678')).not.toContain('1234');
  });
});
