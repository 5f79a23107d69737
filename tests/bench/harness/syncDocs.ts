import { SERVED_GROUPS, SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { parseActivityInput, type ActivityDoc } from '../../../src-renderer/domain/entities/activity';
import { parseVolunteerInput, type VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { newId } from '../../../src-renderer/domain/ids';
import type { Parsed } from '../../../src-renderer/domain/issues';
import type { SyncRecordsOptions } from './syncApi';
import { birthDate, mobilePhone, personName, residentIdNumber, type Gender } from './people';
import { createRandom } from './random';
import { activityTitle, ACTIVITY_KIND_COUNT, PLACES, SKILLS } from './stationNames';

export type SyncRecord = VolunteerDoc | ActivityDoc;

export interface SyncRecords {
  volunteers: VolunteerDoc[];
  activities: ActivityDoc[];
}

const META_TIME = Date.parse('2024-03-05T08:00:00.000Z');

function valueOf<T>(parsed: Parsed<T>, what: string): T {
  if (!parsed.ok) throw new Error(`Generated ${what} is invalid: ${parsed.issues.map((i) => `${i.field} ${i.key}`).join(', ')}`);
  return parsed.value;
}

/**
 * Valid volunteers, then activities of those volunteers, for one station, built with the domain parse
 * functions so the server's validate_doc_update and the app's pull filter take them. Pure: the runner
 * seeds the server with it and the harness page writes offline records with it.
 */
export function buildSyncRecords(options: SyncRecordsOptions): SyncRecords {
  const random = createRandom(options.seed);
  const takenIds = new Set<string>();
  const takenPhones = new Set<string>();
  const meta = (type: 'volunteer' | 'activity', index: number) => {
    const at = new Date(META_TIME + index * 1000).toISOString();
    return { id: newId(type, META_TIME + index * 1000), stationId: options.stationId, createdAt: at, updatedAt: at, updatedBy: options.deviceId };
  };
  const volunteers: VolunteerDoc[] = [];
  for (let i = 0; i < options.volunteers; i += 1) {
    const gender: Gender = random.chance(0.55) ? 'female' : 'male';
    const birth = birthDate(random, 1950, 2006);
    const fields = valueOf(
      parseVolunteerInput({
        name: personName(random, gender),
        gender,
        idNumber: residentIdNumber(random, gender, birth, takenIds),
        phone: mobilePhone(random, takenPhones),
        politicalStatus: 'masses',
        skills: random.sample(SKILLS, random.int(0, 3)),
        teamIds: [],
        joinDate: '2024-03-05',
        volunteerNo: '',
      }),
      'volunteer',
    );
    volunteers.push({ ...fields, ...meta('volunteer', i) });
  }
  const activities: ActivityDoc[] = [];
  const firstDay = Date.parse('2016-01-01T00:00:00.000Z');
  for (let i = 0; i < options.activities; i += 1) {
    const field = random.pick(SERVICE_FIELDS);
    // One activity per day per volunteer at most: the 24-hour rule never refuses these.
    const date = new Date(firstDay + i * 86_400_000).toISOString().slice(0, 10);
    const participants = random.sample(volunteers, Math.min(volunteers.length, options.participantsPerActivity)).map((v) => ({ volunteerId: v.id, hours: 2 }));
    const fields = valueOf(
      parseActivityInput({
        title: activityTitle(field, random.int(0, ACTIVITY_KIND_COUNT - 1)),
        date,
        startTime: '09:00',
        endTime: '11:00',
        place: random.pick(PLACES),
        field,
        projectId: '',
        teamId: '',
        theme: '',
        participants,
        servedCount: random.int(0, 300),
        servedGroups: random.sample(SERVED_GROUPS, random.int(1, 2)),
        summary: '组织志愿者开展服务，群众反响良好。',
      }),
      'activity',
    );
    activities.push({ ...fields, ...meta('activity', options.volunteers + i) });
  }
  return { volunteers, activities };
}

/** The record as CouchDB holds it: `_id` instead of `id`, as the app's push writes it. */
export function asCouchDoc(record: SyncRecord): Record<string, unknown> {
  const { id, ...body } = record;
  return { ...body, _id: id };
}
