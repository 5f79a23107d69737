import { TEST_STATION } from '../../../support/testLedger';
import { volunteerFields } from '../../../support/volunteerFields';

/** A volunteer as another PC of the test station stored it on the server (CouchDB's `_id`, no `id`). */
export function volunteerFromOtherPc(n: number): Record<string, unknown> & { _id: string } {
  const at = `2024-03-0${Math.min(n, 9)}T08:00:00.000Z`;
  return {
    _id: `volunteer:other-pc-${n}`,
    ...volunteerFields({
      stationId: TEST_STATION.code,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'other-pc',
      name: `志愿者${n}`,
      namePinyin: `zhiyuanzhe${n}`,
      nameInitials: 'zyz',
      gender: 'female',
      idNumber: `37010219900101${String(n).padStart(3, '0')}X`,
      birthDate: '1990-01-01',
    }),
  };
}
