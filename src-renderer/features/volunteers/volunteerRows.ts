import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { maskIdNumber } from '../../domain/idNumber';
import { maskPhone } from '../../domain/phone';
import { ageOn } from './age';

/** A list row: the stored volunteer plus what the columns show, worked out once per change, not per render. */
export interface VolunteerRow extends VolunteerDoc {
  age: number | null;
  maskedIdNumber: string;
  maskedPhone: string;
  teamNames: string[];
}

export function toVolunteerRows(
  volunteers: readonly VolunteerDoc[],
  teamNames: ReadonlyMap<string, string>,
  today: string,
): VolunteerRow[] {
  return volunteers.map((v) => ({
    ...v,
    age: ageOn(v.birthDate, today),
    maskedIdNumber: maskIdNumber(v.idNumber),
    maskedPhone: v.phone === '' ? '' : maskPhone(v.phone),
    // A team deleted since keeps its id on the volunteer until they are edited; it is not listed.
    teamNames: v.teamIds.flatMap((id) => {
      const name = teamNames.get(id);
      return name === undefined ? [] : [name];
    }),
  }));
}
