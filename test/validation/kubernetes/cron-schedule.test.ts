/**
 * The CronJob schedule parser (robfig/cron v3 ParseStandard's grammar and error texts) and the offline IANA time
 * zone check the API server's `spec.timeZone` rule needs.
 */
import { cronScheduleError, cronTimeZoneError, timeZoneLoadError } from '../../../src/validation/kubernetes/cron-schedule';

describe('schedules robfig/cron accepts', () => {
  test.each([
    '* * * * *', '0 3 * * *', '*/15 * * * *', '0 0 1 1 *', '59 23 31 12 6', '0 9-17 * * 1-5', '0 9-17/2 * * MON-FRI',
    '5,10,15 * * * *', '0 0 * * sun', '0 0 1 JAN,jul *', '30 2 ? * *', '0 0 1-31/7 * *', '5/10 * * * *', '0 0 * * 0',
    '0 0 * *   *', '\t0 0 * * *\n', '0 0 ,1,, * *', '*-9 * * * *',
    '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly', '@every 1h30m', '@every 500ms',
    'TZ=UTC 0 3 * * *', 'CRON_TZ=Europe/Berlin 0 3 * * *',
  ])('%j', (schedule) => {
    expect(cronScheduleError(schedule)).toBeUndefined();
  });
});

describe('schedules robfig/cron refuses, with its message', () => {
  test.each([
    ['', 'empty spec string'],
    ['   ', 'expected exactly 5 fields, found 0: []'],
    ['0 0 * * * *', 'expected exactly 5 fields, found 6: [0 0 * * * *]'],
    ['0 24 * * *', 'end of range (24) above maximum (23): 24'],
    ['0 0 32 * *', 'end of range (32) above maximum (31): 32'],
    ['0 0 * 13 *', 'end of range (13) above maximum (12): 13'],
    ['0 0 * 0 *', 'beginning of range (0) below minimum (1): 0'],
    ['0 0 * * 7', 'end of range (7) above maximum (6): 7'],
    ['-1 * * * *', 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax'],
    ['1/-2 * * * *', 'negative number (-2) not allowed: -2'],
    ['10-5 * * * *', 'beginning of range (10) beyond end of range (5): 10-5'],
    ['L * * * *', 'failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax'],
    ['0 0 * * MONDAY', 'failed to parse int from MONDAY: strconv.Atoi: parsing "MONDAY": invalid syntax'],
    ['99999999999999999999 * * * *', 'failed to parse int from 99999999999999999999: strconv.Atoi: parsing "99999999999999999999": value out of range'],
    ['@Daily', 'unrecognized descriptor: @Daily'],
    ['@every', 'unrecognized descriptor: @every'],
    ['@every 1d', 'failed to parse duration @every 1d: time: invalid duration "1d"'],
    ['TZ=Mars/Olympus 0 3 * * *', 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus'],
  ])('%j: %s', (schedule, message) => {
    expect(cronScheduleError(schedule)).toBe(message);
  });
});

describe('time zones, checked offline', () => {
  test.each([
    'UTC', 'Etc/UTC', 'Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata',
    // IANA links (backward file) load in Go too.
    'US/Eastern', 'Asia/Calcutta', 'GMT', 'Etc/GMT+5', 'EST5EDT',
    // In Go's tz database but not in ICU's.
    'Factory',
  ])('%s is known', (zone) => {
    expect(cronTimeZoneError(zone)).toBeUndefined();
  });

  test.each([
    ['Europe/Atlantis', 'unknown time zone Europe/Atlantis'],
    ['europe/berlin', 'unknown time zone europe/berlin'],
    ['EUROPE/BERLIN', 'unknown time zone EUROPE/BERLIN'],
    ['us/eastern', 'unknown time zone us/eastern'],
    // ICU still knows names the tz database has dropped.
    ['SystemV/AST4', 'unknown time zone SystemV/AST4'],
    ['US/Pacific-New', 'unknown time zone US/Pacific-New'],
    // The API server's own checks before loading.
    ['', 'timeZone must be nil or non-empty string'],
    ['Local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['../etc/passwd', 'unknown time zone ../etc/passwd'],
    ['-05', 'unknown time zone -05'],
    ['Europe/Berlin ', 'unknown time zone Europe/Berlin '],
    ['GMT+5:00', 'unknown time zone GMT+5:00'],
  ])('%j: %s', (zone, message) => {
    expect(cronTimeZoneError(zone)).toBe(message);
  });

  test('the load check alone: what Go time.LoadLocation says', () => {
    expect(timeZoneLoadError('UTC')).toBeUndefined();
    expect(timeZoneLoadError('Mars/Olympus')).toBe('unknown time zone Mars/Olympus');
  });
});
