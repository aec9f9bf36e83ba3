/**
 * The dates a build reads from its sources: CKAN writes `last_modified` in UTC without a zone designator
 * (`2026-03-10T20:00:00.123456`); the day a card says its data was updated is that instant's date in Asia/Jakarta,
 * whatever time zone the machine running `satata build` is set to (a city's server is often on WIB).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { jakartaDate } from '../../packages/publish/src/build/sources.ts';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('jakartaDate', () => {
  for (const zone of ['UTC', 'Asia/Jakarta', 'America/New_York']) {
    it(`reads CKAN's zone-less timestamps as UTC on a machine set to ${zone}`, () => {
      process.env.TZ = zone;
      // 20:00 UTC is 03:00 WIB the next day; 16:59:59 UTC is 23:59:59 WIB the same day.
      expect(jakartaDate('2026-03-10T20:00:00.123456')).toBe('2026-03-11');
      expect(jakartaDate('2026-03-10T16:59:59')).toBe('2026-03-10');
      expect(jakartaDate('2026-03-10T17:00:00')).toBe('2026-03-11');
      // Times that say their zone keep it.
      expect(jakartaDate('2026-03-10T20:00:00.000Z')).toBe('2026-03-11');
      expect(jakartaDate('2026-03-10T20:00:00+07:00')).toBe('2026-03-10');
      expect(jakartaDate('Tue, 10 Mar 2026 20:00:00 GMT')).toBe('2026-03-11');
      // A date alone is that day.
      expect(jakartaDate('2026-03-10')).toBe('2026-03-10');
    });
  }
});
