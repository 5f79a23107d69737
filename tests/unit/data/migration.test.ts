import { createRxDatabase, type RxCollection } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { activitySchemaV0, type ActivityDocV0 } from '../../../src-renderer/data/activities/schema.v0';
import type { Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { openTestLedger } from '../../support/testLedger';

const OLD_ACTIVITY: ActivityDocV0 = {
  id: 'activity:old0000001',
  stationId: 'JN-LX-001',
  createdAt: '2023-03-05T01:00:00.000Z',
  updatedAt: '2023-03-05T01:00:00.000Z',
  updatedBy: 'pc-old',
  title: '学雷锋志愿服务',
  date: '2023-03-05',
  startTime: '09:00',
  endTime: '11:00',
  place: '广场',
  field: 'customs',
  projectId: '',
  teamId: '',
  theme: '',
  participants: [
    { volunteerId: 'volunteer:a', hours: 2 },
    { volunteerId: 'volunteer:b', hours: 1.5 },
  ],
  servedCount: 30,
  servedGroups: [],
  summary: '',
};

describe('schema migration', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
  });

  it('opens a database written with activities schema v0 and derives the totals', async () => {
    const name = `migration-${Date.now()}`;
    const old = await createRxDatabase<{ activities: RxCollection<ActivityDocV0> }>({ name, storage: await createLedgerStorage() });
    await old.addCollections({ activities: { schema: activitySchemaV0 } });
    await old.activities.insert(OLD_ACTIVITY);
    await old.close();

    ledger = await openTestLedger({ name });
    const migrated = await ledger.activities.get(OLD_ACTIVITY.id);
    expect(migrated).toMatchObject({ title: '学雷锋志愿服务', totalHours: 3.5, participantCount: 2 });
  });
});
