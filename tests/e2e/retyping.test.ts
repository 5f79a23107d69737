import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { RequestFormPage, RequestsPage } from './pages/RequestsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { useAppSession } from './support/appSession';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A keeper puts right what was refused: the phone a request's save refused stops being called wrong once
 * a good one is typed.
 */

const STATION: StationProfileInput = {
  name: '桃园村新时代文明实践站',
  code: 'TYC-031',
  city: '淄博市',
  county: '临淄区',
  center: '临淄区新时代文明实践中心',
  institute: '稷下街道新时代文明实践所',
  contactName: '周站长',
  contactPhone: '13600003333',
  address: '桃园村村委会',
};

const PHONE_REFUSED = '电话号码格式不对，请填写11位手机号，或带区号的固定电话（如 0531-88888888）';

describe('typing over a box, and refusals that go once put right', () => {
  const app = useAppSession();
  let page: Page;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
  });

  test('1. a request refused for its phone: a good number and Tab take the message away', async () => {
    await app().goto('/requests');
    const list = await new RequestsPage(page).waitUntilShown();
    await list.add();
    const form = await new RequestFormPage(page).waitUntilShown();
    await form.type('residentName', '赵桂兰');
    await form.type('phone', '1390531');
    await form.type('need', '帮忙取药');
    await form.chooseField('爱心帮扶', 'axbf');
    await form.save();
    await expect.poll(() => textOf(form.form.error('phone')), poll).toBe(PHONE_REFUSED);

    await form.type('phone', '13905310003');
    await expect.poll(() => form.form.error('phone').count(), poll).toBe(0);
    await form.save();
    await list.waitUntilShown();
    await expect.poll(async () => (await list.read()).map((r) => r.resident), poll).toEqual(['赵桂兰']);
    expect(app().problems).toEqual([]);
  });
});
