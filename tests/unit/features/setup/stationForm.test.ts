import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/data/errors';
import type { Ledger } from '../../../../src-renderer/data/session';
import {
  DEFAULT_SERVICES,
  newStationForm,
  selfCheckFieldPath,
  selfCheckScore,
  stationFormFromDoc,
  toStationInput,
  type StationFormValues,
} from '../../../../src-renderer/features/setup/stationForm';
import { openTestLedger } from '../../../support/testLedger';

function filledForm(): StationFormValues {
  const form = newStationForm();
  return {
    ...form,
    code: ' JN-LX-001 ',
    name: '幸福里社区新时代文明实践站',
    city: '济南市',
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '姚家街道新时代文明实践所',
    contactName: '李站长',
    contactPhone: '138 0531 0001',
    address: '幸福里社区服务中心一楼',
    demonstration: true,
    selfCheck: { ...form.selfCheck, site: { ok: true, note: ' 村委会一楼 ' } },
  };
}

describe('station set-up form', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('starts with the standard free services ticked and nothing self-checked', () => {
    const form = newStationForm();
    expect(form.services).toEqual([...DEFAULT_SERVICES]);
    expect(selfCheckScore(form.selfCheck)).toEqual({ have: 0, total: 5, missing: ['site', 'team', 'activities', 'projects', 'mechanism'] });
  });

  it('saves what was typed as the station profile and reads it back into the settings form', async () => {
    const saved = await ledger.setUpStation(toStationInput(filledForm()));
    expect(saved.code).toBe('JN-LX-001');
    expect(ledger.ctx.stationId).toBe('JN-LX-001');
    expect(saved.contactPhone).toBe('13805310001');
    expect(saved.selfCheck.site).toEqual({ ok: true, note: '村委会一楼' });
    expect(saved.selfCheck.team).toEqual({ ok: false, note: '' });

    const again = stationFormFromDoc(saved);
    expect(again).toEqual({
      ...filledForm(),
      code: 'JN-LX-001',
      contactPhone: '13805310001',
      selfCheck: { ...filledForm().selfCheck, site: { ok: true, note: '村委会一楼' } },
    });
    // Saving the unchanged settings form again is accepted (the code is the same).
    await expect(ledger.station.save(toStationInput(again))).resolves.toMatchObject({ name: saved.name });
  });

  it('sends fields antd left undefined as empty text, so the repository marks each one required', async () => {
    const draft = { name: '幸福里站', services: ['reading'] };
    const input = toStationInput(draft);
    expect(input.county).toBe('');
    expect(input.selfCheck?.mechanism).toEqual({ ok: false, note: '' });
    const attempt = ledger.setUpStation(input);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const fields = await attempt.catch((e: unknown) => (e instanceof ValidationError ? e.issues.map((i) => i.field) : []));
    expect(fields).toEqual(expect.arrayContaining(['code', 'county', 'center', 'institute', 'contactName', 'contactPhone', 'address']));
    expect(fields).not.toContain('name');
    expect(await ledger.station.get()).toBeNull();
  });

  it('keeps services in catalogue order, once each', () => {
    expect(toStationInput({ services: ['copying', 'water', 'copying'] }).services).toEqual(['water', 'copying']);
  });

  it('finds the form field of a nested self-check issue', () => {
    expect(selfCheckFieldPath('selfCheck.site.note')).toEqual(['selfCheck', 'site', 'note']);
    expect(selfCheckFieldPath('selfCheck.garden.note')).toBeNull();
    expect(selfCheckFieldPath('name')).toBeNull();
  });
});
