import { readFileSync } from 'node:fs';
import { createRxDatabase, type RxCollection, type RxJsonSchema } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { activitySchemaV0, type ActivityDocV0 } from '../../../src-renderer/data/activities/schema.v0';
import type { Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { openTestLedger } from '../../support/testLedger';
import { volunteerFields } from '../../support/volunteerFields';
import { activityV0Fields } from '../../support/activityV0';

const OLD_ACTIVITY: ActivityDocV0 = { id: 'activity:old0000001', ...activityV0Fields() };

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

  it('opens a database of every collection’s previous recorded schema (the snapshot) and keeps a volunteer as it was', async () => {
    const history = JSON.parse(readFileSync(new URL('./schemaSnapshot.json', import.meta.url), 'utf8')) as Record<string, Record<string, { schema: RxJsonSchema<Record<string, unknown>> }>>;
    const previous = Object.fromEntries(
      Object.entries(history).map(([name, versions]) => {
        const numbers = Object.keys(versions).map(Number).sort((a, b) => a - b);
        const schema = versions[String(numbers.at(-2) ?? numbers[0])]?.schema;
        if (!schema) throw new Error(`no recorded schema for ${name}`);
        // The old database was created at this version; how it got there does not matter here.
        const strategies = Object.fromEntries(Array.from({ length: schema.version }, (_, i) => [i + 1, (doc: unknown) => doc]));
        return [name, { schema, migrationStrategies: strategies }];
      }),
    );
    const name = `migration-all-${Date.now()}`;
    const old = await createRxDatabase<Record<string, RxCollection<Record<string, unknown>>>>({ name, storage: await createLedgerStorage() });
    const collections = await old.addCollections(previous);
    const volunteer = {
      id: 'volunteer:old0000001',
      ...volunteerFields({ createdAt: '2023-03-05T01:00:00.000Z', updatedAt: '2023-03-05T01:00:00.000Z', updatedBy: 'pc-old' }),
    };
    await collections.volunteers?.insert(volunteer);
    await old.close();

    ledger = await openTestLedger({ name });
    expect(await ledger.volunteers.get(volunteer.id)).toEqual(volunteer);
  });
});
