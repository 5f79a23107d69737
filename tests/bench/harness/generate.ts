import dayjs from 'dayjs';
import type { RxCollection } from 'rxdb';
import type { Ledger } from '../../../src-renderer/data/session';
import {
  POLITICAL_STATUSES,
  SERVED_GROUPS,
  SERVICE_FIELDS,
  type BuiltinServiceField,
  type PoliticalStatus,
} from '../../../src-renderer/domain/catalog';
import { parseActivityInput, type ActivityDoc } from '../../../src-renderer/domain/entities/activity';
import type { DocMeta } from '../../../src-renderer/domain/entities/common';
import { parseProjectInput, type ProjectDoc } from '../../../src-renderer/domain/entities/project';
import { parseTeamInput, type TeamDoc } from '../../../src-renderer/domain/entities/team';
import { parseVolunteerInput, type VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { MAX_HOURS_PER_DAY } from '../../../src-renderer/domain/hours';
import { newId, type DocType } from '../../../src-renderer/domain/ids';
import type { Parsed } from '../../../src-renderer/domain/issues';
import type { BigStationOptions, BigStationReport, SearchQuery } from './api';
import { birthDate, mobilePhone, personName, residentIdNumber, type Gender } from './people';
import { createRandom, type Random } from './random';
import {
  ACTIVITY_KIND_COUNT,
  activityTitle,
  BENCH_STATION,
  PLACES,
  projectName,
  SKILLS,
  teamName,
  THEMES,
} from './stationNames';

const ISO_DAY = 'YYYY-MM-DD';
const SEARCH_QUERIES_PER_KIND = 16;
/** Weights of POLITICAL_STATUSES in a village: mostly 群众, many party and league members. */
const POLITICAL_WEIGHTS: Readonly<Record<PoliticalStatus, number>> = {
  cpc_member: 0.22,
  cpc_probationary: 0.03,
  cyl_member: 0.12,
  democratic_party: 0.02,
  masses: 0.61,
};

function valueOf<T>(parsed: Parsed<T>, what: string): T {
  if (!parsed.ok) throw new Error(`Generated ${what} is invalid: ${parsed.issues.map((i) => `${i.field} ${i.key}`).join(', ')}`);
  return parsed.value;
}

function politicalStatus(random: Random): PoliticalStatus {
  let roll = random.next();
  for (const status of POLITICAL_STATUSES) {
    roll -= POLITICAL_WEIGHTS[status];
    if (roll < 0) return status;
  }
  return 'masses';
}

function randomDay(random: Random, first: dayjs.Dayjs, days: number): string {
  return first.add(random.int(0, days - 1), 'day').format(ISO_DAY);
}

/** Writes in chunks: one huge bulkInsert is pathological for RxDB and its later push (DESIGN.md §3). */
async function insertInChunks<Doc>(collection: RxCollection<Doc>, docs: readonly Doc[], chunkSize: number): Promise<void> {
  for (let i = 0; i < docs.length; i += chunkSize) {
    const result = await collection.bulkInsert(docs.slice(i, i + chunkSize));
    if (result.error.length > 0) {
      throw new Error(`bulkInsert into ${collection.name} failed for ${result.error.length} documents (status ${result.error[0]?.status ?? '?'})`);
    }
  }
}

/** The station's generated people and groups, as the activity generator needs them. */
interface Cast {
  volunteerIds: string[];
  membersByTeam: Map<string, string[]>;
  teamsByField: Map<BuiltinServiceField, string[]>;
  projectsByField: Map<BuiltinServiceField, string[]>;
}

function fieldOfIndex(index: number): BuiltinServiceField {
  return SERVICE_FIELDS[index % SERVICE_FIELDS.length] ?? 'theory';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function generateBigStation(ledger: Ledger, options: BigStationOptions): Promise<BigStationReport> {
  if (await ledger.station.get()) throw new Error('The database already holds a station; the bench needs a fresh browser profile.');
  const started = performance.now();
  await ledger.setUpStation(BENCH_STATION);
  const random = createRandom(options.seed);
  const lastDay = dayjs().subtract(1, 'day').startOf('day');
  const firstDay = lastDay.subtract(options.years, 'year').add(1, 'day');
  const dayCount = lastDay.diff(firstDay, 'day') + 1;
  const meta = (type: DocType, at: dayjs.Dayjs): DocMeta => {
    const iso = at.toISOString();
    return { id: newId(type, at.valueOf()), stationId: ledger.ctx.stationId, createdAt: iso, updatedAt: iso, updatedBy: ledger.ctx.deviceId };
  };

  const cast: Cast = { volunteerIds: [], membersByTeam: new Map(), teamsByField: new Map(), projectsByField: new Map() };
  const teamFounded = firstDay.subtract(random.int(30, 400), 'day');
  const teamMetas = Array.from({ length: options.teams }, (_, i) => ({ meta: meta('team', teamFounded.add(i, 'hour')), field: fieldOfIndex(i) }));
  for (const t of teamMetas) pushTo(cast.teamsByField, t.field, t.meta.id);

  const volunteers: VolunteerDoc[] = [];
  const takenIds = new Set<string>();
  const takenPhones = new Set<string>();
  for (let i = 0; i < options.volunteers; i += 1) {
    const gender: Gender = random.chance(0.55) ? 'female' : 'male';
    const birth = birthDate(random, 1950, 2006);
    const teamCount = random.chance(0.05) ? 0 : random.chance(0.8) ? 1 : 2;
    const teamIds = random.sample(teamMetas, teamCount).map((t) => t.meta.id);
    const joined = dayjs(randomDay(random, firstDay.subtract(2, 'year'), dayCount));
    const fields = valueOf(
      parseVolunteerInput(
        {
          name: personName(random, gender),
          gender,
          idNumber: residentIdNumber(random, gender, birth, takenIds),
          phone: random.chance(0.97) ? mobilePhone(random, takenPhones) : '',
          politicalStatus: politicalStatus(random),
          skills: random.sample(SKILLS, random.int(0, 3)),
          teamIds,
          joinDate: joined.format(ISO_DAY),
          volunteerNo: random.chance(0.6) ? `3701${String(100000 + i)}` : '',
        },
        random.chance(0.9),
      ),
      'volunteer',
    );
    const doc: VolunteerDoc = { ...fields, ...meta('volunteer', joined.hour(9).add(i, 'second')) };
    volunteers.push(doc);
    cast.volunteerIds.push(doc.id);
    for (const teamId of teamIds) pushTo(cast.membersByTeam, teamId, doc.id);
  }

  const teams: TeamDoc[] = teamMetas.map((t, i) => ({
    ...valueOf(
      parseTeamInput({
        name: teamName(i, t.field, SERVICE_FIELDS.length),
        field: t.field,
        leaderId: cast.membersByTeam.get(t.meta.id)?.[0] ?? '',
        foundedDate: teamFounded.format(ISO_DAY),
        description: '由社区居民自愿组成，定期开展志愿服务。',
      }),
      'team',
    ),
    ...t.meta,
  }));

  const projects: ProjectDoc[] = [];
  for (let i = 0; i < options.projects; i += 1) {
    const field = fieldOfIndex(i);
    const start = dayjs(randomDay(random, firstDay, Math.max(1, dayCount - 365)));
    const finished = random.chance(0.3);
    const doc: ProjectDoc = {
      ...valueOf(
        parseProjectInput({
          name: projectName(i, field, SERVICE_FIELDS.length),
          field,
          ownerTeamId: random.pick(cast.teamsByField.get(field) ?? ['']),
          startDate: start.format(ISO_DAY),
          endDate: finished ? start.add(random.int(180, 1000), 'day').format(ISO_DAY) : '',
          status: finished ? 'finished' : 'running',
          brand: random.chance(0.3) ? '市级优秀志愿服务项目' : '',
          description: '常态化开展的文明实践项目。',
        }),
        'project',
      ),
      ...meta('project', start.hour(10)),
    };
    projects.push(doc);
    pushTo(cast.projectsByField, field, doc.id);
  }

  const { activities, participations } = generateActivities(random, options, cast, firstDay, dayCount, meta);
  const generateMs = performance.now() - started;

  const writeStarted = performance.now();
  await insertInChunks(ledger.db.teams, teams, options.chunkSize);
  await insertInChunks(ledger.db.projects, projects, options.chunkSize);
  await insertInChunks(ledger.db.volunteers, volunteers, options.chunkSize);
  await insertInChunks(ledger.db.activities, activities, options.chunkSize);
  const writeMs = performance.now() - writeStarted;

  return {
    counts: { volunteers: volunteers.length, teams: teams.length, projects: projects.length, activities: activities.length, participations },
    firstDate: firstDay.format(ISO_DAY),
    lastDate: lastDay.format(ISO_DAY),
    searchQueries: searchQueries(random, volunteers),
    generateMs,
    writeMs,
  };
}

function generateActivities(
  random: Random,
  options: BigStationOptions,
  cast: Cast,
  firstDay: dayjs.Dayjs,
  dayCount: number,
  meta: (type: DocType, at: dayjs.Dayjs) => DocMeta,
): { activities: ActivityDoc[]; participations: number } {
  const dates = Array.from({ length: options.activities }, () => randomDay(random, firstDay, dayCount)).sort();
  const maxUnitsPerDay = MAX_HOURS_PER_DAY * 2;
  const activities: ActivityDoc[] = [];
  let participations = 0;
  // Dates are sorted, so one day's hours per volunteer are all that must be remembered.
  let currentDate = '';
  let unitsToday = new Map<string, number>();

  for (const [index, date] of dates.entries()) {
    if (date !== currentDate) {
      currentDate = date;
      unitsToday = new Map();
    }
    const field = fieldOfIndex(random.int(0, SERVICE_FIELDS.length - 1));
    const teamId = random.chance(0.9) ? random.pick(cast.teamsByField.get(field) ?? ['']) : '';
    const projectId = random.chance(0.7) ? random.pick(cast.projectsByField.get(field) ?? ['']) : '';
    const durationUnits = random.int(1, 16);
    const startHour = random.int(8, 22 - Math.ceil(durationUnits / 2));
    const startTime = `${String(startHour).padStart(2, '0')}:${random.chance(0.5) ? '00' : '30'}`;
    const endMinutes = startHour * 60 + (startTime.endsWith('30') ? 30 : 0) + durationUnits * 30;
    const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;

    const wanted = random.int(Math.ceil(options.participantsPerActivity / 2), Math.floor((options.participantsPerActivity * 3) / 2));
    const members = teamId ? (cast.membersByTeam.get(teamId) ?? []) : [];
    const candidates = [...random.sample(members, Math.ceil(wanted * 0.6)), ...random.sample(cast.volunteerIds, wanted * 2)];
    const participants: { volunteerId: string; hours: number }[] = [];
    const chosen = new Set<string>();
    for (const volunteerId of candidates) {
      if (participants.length >= wanted) break;
      if (chosen.has(volunteerId)) continue;
      const units = random.chance(0.75) ? durationUnits : random.int(1, durationUnits);
      const already = unitsToday.get(volunteerId) ?? 0;
      if (already + units > maxUnitsPerDay) continue;
      chosen.add(volunteerId);
      unitsToday.set(volunteerId, already + units);
      participants.push({ volunteerId, hours: units / 2 });
    }
    participations += participants.length;

    const fields = valueOf(
      parseActivityInput({
        title: activityTitle(field, random.int(0, ACTIVITY_KIND_COUNT - 1)),
        date,
        startTime,
        endTime,
        place: random.pick(PLACES),
        field,
        projectId,
        teamId,
        theme: random.pick(THEMES),
        participants,
        servedCount: random.int(0, 300),
        servedGroups: random.sample(SERVED_GROUPS, random.int(1, 2)),
        summary: '组织志愿者开展服务，群众反响良好。',
      }),
      'activity',
    );
    activities.push({ ...fields, ...meta('activity', dayjs(date).hour(18).add(index, 'millisecond')) });
  }
  return { activities, participations };
}

function searchQueries(random: Random, volunteers: readonly VolunteerDoc[]): SearchQuery[] {
  const pick = () => random.sample(volunteers, SEARCH_QUERIES_PER_KIND);
  return [
    ...pick().map((v) => ({ kind: 'initials' as const, text: v.nameInitials })),
    ...pick().map((v) => ({ kind: 'name' as const, text: v.name })),
    ...pick()
      .filter((v) => v.phone !== '')
      .map((v) => ({ kind: 'phone' as const, text: v.phone.slice(3, 7) })),
    ...pick().map((v) => ({ kind: 'idTail' as const, text: v.idNumber.slice(-4) })),
  ];
}
