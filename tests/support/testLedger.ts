import { createLedgerStorage } from '../../src-renderer/data/storage';
import { openLedger, type Ledger, type OpenLedgerOptions } from '../../src-renderer/data/session';
import { SETUP_STATION } from './setupFile';

let counter = 0;

/** A fresh, uniquely named ledger on fake-indexeddb; close it in afterEach (RxDB caps open collections). */
export async function openTestLedger(options: { now?: () => Date; name?: string; beforeMigration?: OpenLedgerOptions['beforeMigration'] } = {}): Promise<Ledger> {
  counter += 1;
  const name = options.name ?? `test-ledger-${process.pid}-${counter}`;
  return openLedger({
    storage: await createLedgerStorage(),
    name,
    localName: `${name}-local`,
    ...(options.now ? { now: options.now } : {}),
    ...(options.beforeMigration ? { beforeMigration: options.beforeMigration } : {}),
  });
}

export const TEST_STATION = {
  ...SETUP_STATION,
  contactName: '李站长',
  contactPhone: '13805310001',
  address: '济南市历下区幸福里社区服务中心一楼',
  services: ['water', 'reading', 'rest'],
};

/** Check characters computed by the GB 11643 rule so tests use real-format numbers. */
export function withCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

export function volunteerInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '张三',
    gender: 'male',
    idNumber: withCheckChar('37010219800101001'),
    phone: '13912345678',
    politicalStatus: 'cpc_member',
    skills: ['义诊'],
    teamIds: [],
    joinDate: '2023-03-05',
    ...overrides,
  };
}
