/**
 * CronJob `spec.schedule` and `spec.timeZone` as the API server checks them (KUBERNETES-VALIDATION-RULES.md §8):
 * the schedule is parsed like robfig/cron v3's `ParseStandard` (five fields — minute, hour, day of month, month,
 * day of week — with `*`, `?`, ranges, steps, lists and month/weekday names, or one of the @-descriptors), and the
 * error texts are that parser's. The time zone must be an IANA name the API server's embedded tz database knows.
 */
import { CharClass, isSignedDigits, isWhitespace } from '../util/chars';
import { parseGoDuration } from '../util/duration';

const LOWER = new CharClass('a-z');

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: { readonly [name: string]: number };
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** minute, hour, day of month, month, day of week (0 = Sunday; robfig/cron does not take 7). */
const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: WEEKDAYS },
];

const DESCRIPTORS: ReadonlySet<string> = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const EVERY = '@every ';

/** Go's strconv.Atoi: an optional sign and decimal digits, within int64. */
function atoi(s: string): number | string {
  if (!isSignedDigits(s)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`;
  const n = BigInt(s);
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`;
  return Number(n);
}

function parseUint(expr: string): number | Error {
  const n = atoi(expr);
  if (typeof n === 'string') return new Error(`failed to parse int from ${expr}: ${n}`);
  if (n < 0) return new Error(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, names: Bounds['names']): number | Error {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? named : parseUint(expr);
}

/** One comma-separated part of a field: `*`, `?`, `N`, `N-M`, each optionally `/step`. */
function checkRange(expr: string, b: Bounds): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = b.min;
    end = b.max;
  } else {
    const s = parseIntOrName(lowAndHigh[0], b.names);
    if (s instanceof Error) return s.message;
    start = s;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const e = parseIntOrName(lowAndHigh[1], b.names);
      if (e instanceof Error) return e.message;
      end = e;
    } else return `too many hyphens: ${expr}`;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const s = parseUint(rangeAndStep[1]);
    if (s instanceof Error) return s.message;
    step = s;
    // "N/step" means "N-max/step".
    if (lowAndHigh.length === 1) end = b.max;
  } else if (rangeAndStep.length > 2) return `too many slashes: ${expr}`;
  if (start < b.min) return `beginning of range (${start}) below minimum (${b.min}): ${expr}`;
  if (end > b.max) return `end of range (${end}) above maximum (${b.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return undefined;
}

/** Go's strings.Fields: split on Unicode white space, dropping empty parts. */
function goFields(s: string): string[] {
  const fields: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const space = i === s.length || isWhitespace(s.charCodeAt(i)) || s.charCodeAt(i) === 0x85;
    if (space && start >= 0) fields.push(s.slice(start, i));
    if (space) start = -1;
    else if (start < 0) start = i;
  }
  return fields;
}

/** The parse error robfig/cron's ParseStandard gives for a schedule, or undefined when it parses. */
export function cronScheduleError(schedule: string): string | undefined {
  if (schedule === '') return 'empty spec string';
  let spec = schedule;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    // Without a space the parser has no schedule after the zone; the TZ rule reports the schedule anyway.
    if (space < 0) return undefined;
    const zone = spec.slice(spec.indexOf('=') + 1, space);
    const zoneErr = timeZoneLoadError(zone);
    if (zoneErr) return `provided bad location ${zone}: ${zoneErr}`;
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec)) return undefined;
    if (spec.startsWith(EVERY)) {
      const d = spec.slice(EVERY.length);
      return parseGoDuration(d) === undefined ? `failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(d)}` : undefined;
    }
    return `unrecognized descriptor: ${spec}`;
  }
  const fields = goFields(spec);
  if (fields.length !== FIELDS.length) return `expected exactly ${FIELDS.length} fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < FIELDS.length; i++) {
    for (const part of fields[i].split(',').filter((p) => p !== '')) {
      const err = checkRange(part, FIELDS[i]);
      if (err) return err;
    }
  }
  return undefined;
}

/** A time zone part as the API server allows it before loading (`validTimeZoneCharacters`). */
const ZONE_PART_CHAR = new CharClass('A-Za-z._0-9+-');
const isZonePart = (part: string) => part.length >= 1 && part.length <= 14 && ZONE_PART_CHAR.all(part);

/**
 * IANA names the API server's tz database (Go's embedded tzdata) does not have although Node's ICU accepts them,
 * and the one it has that ICU refuses.
 */
const ICU_ONLY_NAMES: ReadonlySet<string> = new Set(['Canada/East-Saskatchewan', 'US/Pacific-New']);
/** `^(SystemV/.*|Canada/East-Saskatchewan|US/Pacific-New)$` (`.` takes no line break). */
const isIcuOnly = (zone: string) => ICU_ONLY_NAMES.has(zone) || (zone.startsWith('SystemV/') && !/* line break */ [...zone].some((c) => '\n\r\u2028\u2029'.includes(c)));
const GO_ONLY: ReadonlySet<string> = new Set(['Factory']);

/**
 * Go's time.LoadLocation error for a zone name, checked offline: Node's ICU time zone data
 * (`Intl.DateTimeFormat`, which takes canonical names and their IANA links) stands in for the tz database, with
 * the exceptions above. ICU matches names case-insensitively and Go does not: a name that ICU resolves to the same
 * name in other letter case, or with a part starting in lower case (no IANA name does), is refused.
 */
export function timeZoneLoadError(zone: string): string | undefined {
  if (zone === '' || zone === 'UTC') return undefined;
  // Building an Intl.DateTimeFormat costs tens of microseconds; a manifest names few zones many times.
  const cached = zoneVerdicts.get(zone);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const verdict = loadError(zone);
  if (zoneVerdicts.size >= MAX_CACHED_ZONES) zoneVerdicts.clear();
  zoneVerdicts.set(zone, verdict ?? '');
  return verdict;
}

/** Verdicts by zone name ('' = known); cleared when full, so hostile input cannot grow it without bound. */
const zoneVerdicts = new Map<string, string>();
const MAX_CACHED_ZONES = 1024;

function loadError(zone: string): string | undefined {
  if (GO_ONLY.has(zone)) return undefined;
  const unknown = `unknown time zone ${zone}`;
  if (isIcuOnly(zone) || zone.split('/').some((p) => LOWER.has(p.charCodeAt(0)))) return unknown;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return unknown;
  }
  if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase()) return unknown;
  return undefined;
}

/** The API server's checks of `spec.timeZone` (validateTimeZone), in its order; undefined when valid. */
export function cronTimeZoneError(zone: string): string | undefined {
  if (zone === '') return 'timeZone must be nil or non-empty string';
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !isZonePart(part)) return `unknown time zone ${zone}`;
  }
  if (zone.toLowerCase() === 'local') return 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
  return timeZoneLoadError(zone);
}
