// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM_PREFIX, type AlarmApi } from '@/utils/sources/manager';
import { type SourceServer, startSourceServer } from '../../../scripts/lib/source-server';
import { enable, managerForTests } from './helpers';

function fakeAlarms() {
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const api: AlarmApi = {
    create(name, info) {
      alarms.set(name, {
        name,
        scheduledTime: Date.UTC(2026, 10, 24, 8) + (info.delayInMinutes ?? 0) * 60_000,
        ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}),
      });
    },
    clear: (name) => alarms.delete(name),
    get: async (name) => alarms.get(name),
  };
  return { api, alarms };
}

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer('test/fixtures/sources');
});
afterAll(() => server.close());
beforeEach(() => fakeBrowser.reset());

describe('scheduled refresh', () => {
  it('one alarm per enabled source at its cadence; none for sources that are off', async () => {
    const { api, alarms } = fakeAlarms();
    const t = managerForTests({ alarms: api });
    await enable('sec', server.url('/sec/company_tickers_exchange.json'), { cadenceHours: 12 });
    await t.manager.syncAlarms();
    expect([...alarms.keys()]).toEqual([`${ALARM_PREFIX}sec`]);
    expect(alarms.get(`${ALARM_PREFIX}sec`)?.periodInMinutes).toBe(720);
    // Never refreshed: due now (within the browser's 30 s minimum).
    expect(alarms.get(`${ALARM_PREFIX}sec`)?.scheduledTime).toBe(Date.UTC(2026, 10, 24, 8) + 30_000);
    await t.manager.saveConfig('sec', { enabled: false });
    expect(alarms.size).toBe(0);
  });

  it('an alarm refreshes its source; a failure brings the next try forward with back-off', async () => {
    const { api, alarms } = fakeAlarms();
    const t = managerForTests({ alarms: api });
    await enable('sec', server.url('/sec/company_tickers_exchange.json'));
    expect(await t.manager.onAlarm(`${ALARM_PREFIX}sec`)).toBe(true);
    expect((await t.manager.views()).find((v) => v.id === 'sec')?.entityCount).toBe(6);
    expect(await t.manager.onAlarm('something-else')).toBe(false);
    server.fault('/sec/', '500');
    try {
      await t.manager.onAlarm(`${ALARM_PREFIX}sec`);
      expect(alarms.get(`${ALARM_PREFIX}sec`)?.scheduledTime).toBe(Date.UTC(2026, 10, 24, 8) + 5 * 60_000);
      await t.manager.onAlarm(`${ALARM_PREFIX}sec`);
      expect(alarms.get(`${ALARM_PREFIX}sec`)?.scheduledTime).toBe(Date.UTC(2026, 10, 24, 8) + 10 * 60_000);
    } finally {
      server.fault('/sec/');
    }
  });
});
