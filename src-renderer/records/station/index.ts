import { parseStationInput, stationDocSchema } from '../../domain/entities/station';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { stationMigrations, stationSchema } from '../../data/station/schema';
import { defineRecordType } from '../recordType';

/** The station's profile: one document, `station:<code>`. Its contact's name and phone are personal data. */
export const stationRecord = defineRecordType({
  docType: 'station',
  collection: 'station',
  shape: stationDocSchema,
  rxSchema: stationSchema,
  migrations: stationMigrations,
  wire: { major: FIRST_MAJOR, since: {} },
  sharedIds: true,
  personal: true,
  rollup: false,
  serverRules: {},
  parseFields: (merged) => parseStationInput(merged),
  pathOf: () => '/settings',
});
