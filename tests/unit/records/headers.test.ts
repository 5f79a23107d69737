import { describe, expect, it } from 'vitest';
import { importExport as en } from '../../../src-renderer/i18n/en/importExport';
import { importExport as zh } from '../../../src-renderer/i18n/zh-CN/importExport';
import { COLUMNS_BY_KIND, RECORD_KINDS } from '../../../src-renderer/domain/records/columns';
import {
  findHeaderRow,
  headerFingerprint,
  mappingProblems,
  normalizeHeader,
  recognizeHeader,
  sanitizeMapping,
} from '../../../src-renderer/domain/records/headerRecognition';
import type { SheetGrid } from '../../../src-renderer/domain/records/sheet';

const grid = (rows: string[][]): SheetGrid => ({
  name: 'S',
  hidden: false,
  date1904: false,
  rows: rows.map((cells, i) => ({ number: i + 1, cells: cells.map((text) => (text === '' ? null : { kind: 'text' as const, text })) })),
});

describe('header recognition', () => {
  it.each([
    ['姓名', 'name'],
    ['性别', 'gender'],
    ['身份证号', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['公民身份号码', 'idNumber'],
    ['手机', 'phone'],
    ['手机号', 'phone'],
    ['联系电话', 'phone'],
    ['电话', 'phone'],
    ['政治面貌', 'politicalStatus'],
    ['所属队伍', 'teamIds'],
    ['队伍', 'teamIds'],
    ['技能特长', 'skills'],
    ['特长', 'skills'],
    ['注册时间', 'joinDate'],
    ['加入时间', 'joinDate'],
    ['入队时间', 'joinDate'],
    ['志愿者编号', 'volunteerNo'],
    ['备注', 'notes'],
    ['* 姓　名', 'name'],
    ['身份证号码（必填）', 'idNumber'],
    ['手机号:', 'phone'],
    ['序号', 'rowNo'],
  ])('reads the volunteer header %s as %s', (header, field) => {
    expect(recognizeHeader('volunteers', header)).toBe(field);
  });

  it('recognises every header the export and template write, in Chinese and in English', () => {
    for (const kind of RECORD_KINDS) {
      for (const column of COLUMNS_BY_KIND[kind]) {
        const zhHeader: string = zh.columns[kind][column.field as keyof (typeof zh.columns)[typeof kind]];
        expect(recognizeHeader(kind, zhHeader), `${kind}.${column.field} zh`).toBe(column.field);
        const enColumns: Record<string, string | undefined> = en.columns?.[kind] ?? {};
        const enHeader = enColumns[column.field];
        expect(enHeader, `${kind}.${column.field} en`).toBeDefined();
        expect(recognizeHeader(kind, enHeader ?? ''), `${kind}.${column.field} en`).toBe(column.field);
      }
    }
  });

  it('gives each alias to one field only within a kind', () => {
    for (const kind of RECORD_KINDS) {
      const seen = new Map<string, string>();
      for (const column of COLUMNS_BY_KIND[kind]) {
        for (const alias of column.aliases) {
          const key = normalizeHeader(alias);
          expect(seen.get(key) ?? column.field, `${kind}: ${alias}`).toBe(column.field);
          seen.set(key, column.field);
        }
      }
    }
  });

  it('finds the header row below title rows and ignores unknown columns for the mapping step', () => {
    const guess = findHeaderRow('volunteers', grid([['幸福里社区志愿者花名册'], ['单位：', '', '日期：'], ['序号', '姓名', '身份证号', '家庭住址', '姓名'], ['1', '张三', 'x', 'y', 'z']]));
    expect(guess.rowIndex).toBe(2);
    expect(guess.mapping).toEqual({ '0': 'rowNo', '1': 'name', '2': 'idNumber' });
    // An unknown header and a second 姓名 column both go to the keeper.
    expect(guess.unrecognized).toEqual([3, 4]);
  });

  it('fingerprints the same headers the same way, whatever the decoration', () => {
    expect(headerFingerprint('volunteers', ['姓名', '身份证号'])).toBe(headerFingerprint('volunteers', [' 姓 名 ', '身份证号（必填）']));
    expect(headerFingerprint('volunteers', ['姓名', '身份证号'])).not.toBe(headerFingerprint('volunteers', ['身份证号', '姓名']));
    expect(headerFingerprint('volunteers', ['姓名'])).not.toBe(headerFingerprint('activities', ['姓名']));
  });

  it('lists fields mapped twice and required fields not mapped; drops mappings that do not fit the sheet', () => {
    expect(mappingProblems('volunteers', { '0': 'name', '1': 'name', '2': 'idNumber' })).toEqual({
      duplicated: ['name'],
      missingRequired: ['politicalStatus', 'joinDate'],
    });
    expect(sanitizeMapping('volunteers', { '0': 'name', '7': 'phone', x: 'notes', '1': 'title' }, 3)).toEqual({ '0': 'name' });
  });
});
