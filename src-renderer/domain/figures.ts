import { sumHours } from './hours';

/** The fields of an activity that figures are made from (a document or a report row). */
export interface ActivityFacts {
  date: string;
  field: string;
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>;
  servedCount: number;
}

export interface FieldFigures {
  sessions: number;
  hours: number;
  served: number;
}

export interface ActivityFigures extends FieldFigures {
  /** Distinct volunteers who served at least once. */
  volunteersActive: number;
  byField: Record<string, FieldFigures>;
}

/** Sessions (场次), volunteer hours, distinct active volunteers and people served, overall and by field. */
export function summarizeActivities(activities: Iterable<ActivityFacts>): ActivityFigures {
  const volunteers = new Set<string>();
  const byField: Record<string, FieldFigures> = {};
  let sessions = 0;
  let served = 0;
  for (const a of activities) {
    sessions += 1;
    served += a.servedCount;
    const f = (byField[a.field] ??= { sessions: 0, hours: 0, served: 0 });
    f.sessions += 1;
    f.hours = sumHours([{ hours: f.hours }, ...a.participants]);
    f.served += a.servedCount;
    for (const p of a.participants) volunteers.add(p.volunteerId);
  }
  return {
    sessions,
    hours: sumHours(Object.values(byField)),
    served,
    volunteersActive: volunteers.size,
    byField,
  };
}
