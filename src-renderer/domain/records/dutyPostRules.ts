import { parseDutyPostInput, type DutyPostDoc, type DutyPostFields } from '../../records/dutyPost/shape';
import { readText } from './cellValues';
import { identifiedByName, parseCollectingAll, type KindRules } from './rowReader';
import { readServiceCode } from './serviceRowFields';
import { NO_SERVICE_RECORDS, type LedgerSnapshot } from './snapshot';
import { readCode } from './volunteerRules';

const STAND_INS = { name: '-', place: '', field: '', notes: '', active: true };

/** 值守岗位: identified by name; 状态 reads 在用/停用 and the roster's words (启用, 撤岗 …). */
export function dutyPostRules(snapshot: LedgerSnapshot): KindRules<DutyPostFields, DutyPostDoc> {
  return {
    ...identifiedByName((snapshot.service ?? NO_SERVICE_RECORDS).dutyPosts),
    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      for (const field of ['name', 'place', 'notes'] as const) {
        if (row.filled(field)) input[field] = problems.take(field, readText(row.cell(field)));
      }
      if (row.filled('field')) input.field = readCode(row, problems, 'field', 'fields');
      if (row.filled('active')) {
        const code = readServiceCode(row, problems, 'active', 'postActive');
        if (code !== undefined) input.active = code === 'true';
      }
      return parseCollectingAll((value) => parseDutyPostInput(value), input, problems, STAND_INS);
    },
  };
}
