import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequestLedger, type LedgerRequest } from '../../../../src-renderer/domain/requests/requestLedger';
import { REQUEST_STATES } from '../../../../src-renderer/domain/requests/requestStates';

const MARCH = { from: '2024-03-01', to: '2024-03-31' };
const TODAY = '2024-03-20';

function request(id: string, receivedDate: string, parts: Partial<LedgerRequest> = {}): LedgerRequest {
  return { id, phone: '', state: 'pending', receivedDate, wantedDate: '', doneDate: '', rating: 0, ...parts };
}

describe('buildRequestLedger', () => {
  it('lists the requests received in the period, oldest first, numbered', () => {
    const ledger = buildRequestLedger(
      [request('r3', '2024-03-09'), request('r0', '2024-02-29'), request('r1', '2024-03-01'), request('r2', '2024-03-09'), request('r4', '2024-04-01')],
      MARCH,
      TODAY,
    );
    expect(ledger.rows.map((r) => [r.index, r.request.id])).toEqual([
      [1, 'r1'],
      [2, 'r2'],
      [3, 'r3'],
    ]);
  });

  it('masks every phone: a mobile keeps its first three and last four digits, a landline its area code and last two', () => {
    const ledger = buildRequestLedger(
      [request('m', '2024-03-02', { phone: '13812345678' }), request('l', '2024-03-03', { phone: '0531-88886666' }), request('n', '2024-03-04')],
      MARCH,
      TODAY,
    );
    expect(ledger.rows.map((r) => r.maskedPhone)).toEqual(['138****5678', '0531-******66', '']);
    expect(JSON.stringify(ledger.rows.map((r) => r.maskedPhone))).not.toContain('1234');
  });

  it('counts what the lines show: served, rated, satisfied, overdue on the day printed, refused or cancelled', () => {
    const ledger = buildRequestLedger(
      [
        request('a', '2024-03-01', { state: 'rated', doneDate: '2024-03-05', rating: 5 }),
        request('b', '2024-03-02', { state: 'rated', doneDate: '2024-03-06', rating: 3 }),
        request('c', '2024-03-03', { state: 'done', doneDate: '2024-04-02' }),
        request('d', '2024-03-04', { state: 'accepted', wantedDate: '2024-03-10' }),
        request('e', '2024-03-05', { state: 'dispatched', wantedDate: '2024-03-20' }),
        request('f', '2024-03-06', { state: 'refused' }),
        request('g', '2024-03-07', { state: 'cancelled' }),
      ],
      MARCH,
      TODAY,
    );
    expect(ledger.rows.map((r) => r.overdue)).toEqual([false, false, false, true, false, false, false]);
    // c was served in April: listed for March, when it was asked, and counted as served.
    expect(ledger.totals).toEqual({ received: 7, done: 3, rated: 2, satisfied: 1, overdue: 1, ended: 2 });
  });

  it('keeps its totals within what it lists, whatever the requests', () => {
    const arb = fc.record({
      id: fc.uuid(),
      phone: fc.constantFrom('', '13912345678'),
      state: fc.constantFrom(...REQUEST_STATES),
      receivedDate: fc.constantFrom('2024-02-28', '2024-03-01', '2024-03-15', '2024-03-31', '2024-04-01'),
      wantedDate: fc.constantFrom('', '2024-03-10', '2024-03-25'),
      doneDate: fc.constant(''),
      rating: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (requests) => {
        const { rows, totals } = buildRequestLedger(requests, MARCH, TODAY);
        expect(rows).toHaveLength(requests.filter((r) => r.receivedDate >= MARCH.from && r.receivedDate <= MARCH.to).length);
        expect(totals.received).toBe(rows.length);
        expect(totals.satisfied).toBeLessThanOrEqual(totals.rated);
        expect(totals.rated).toBeLessThanOrEqual(totals.done);
        expect(totals.done + totals.ended + rows.filter((r) => ['pending', 'dispatched', 'accepted'].includes(r.request.state)).length).toBe(totals.received);
        expect(rows.every((r) => !r.maskedPhone.includes('1234'))).toBe(true);
      }),
    );
  });
});
