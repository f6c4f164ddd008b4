/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `2e3`), parsed to a number for comparisons (requests ≤ limits).
 */

import { CharClass, DIGIT, isSignedDigits, runLength } from '../util/chars';

const NUMBER_CHAR = new CharClass('0-9.');
const SUFFIX_LETTER = new CharClass('eEinumkKMGTP');
const SUFFIX: { readonly [s: string]: number } = {
  '': 1, 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
  'Ki': 2 ** 10, 'Mi': 2 ** 20, 'Gi': 2 ** 30, 'Ti': 2 ** 40, 'Pi': 2 ** 50, 'Ei': 2 ** 60,
};

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** The quantity's value, or undefined when it does not parse (numbers are taken as they are). */
export function parseQuantity(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = splitQuantity(v.trim());
  if (!m) return undefined;
  const [number, suffix] = m;
  const body = number[0] === '+' || number[0] === '-' ? number.slice(1) : number;
  if (body === '.' || body.indexOf('.') !== body.lastIndexOf('.')) return undefined;
  const base = Number(number);
  if (suffix in SUFFIX) return base * SUFFIX[suffix];
  return (suffix[0] === 'e' || suffix[0] === 'E') && isSignedDigits(suffix.slice(1)) ? base * 10 ** Number(suffix.slice(1)) : undefined;
}

/**
 * The number and suffix of `^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$` (the API server's quantity regex), by one
 * scan: the number takes every digit and dot it can, as the regex's first group does.
 */
function splitQuantity(s: string): [string, string] | undefined {
  const start = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const numberEnd = start + runLength(s, NUMBER_CHAR, start);
  if (numberEnd === start) return undefined;
  let i = numberEnd + runLength(s, SUFFIX_LETTER, numberEnd);
  if (s[i] === '+' || s[i] === '-') i++;
  i += runLength(s, DIGIT, i);
  return i === s.length ? [s.slice(0, numberEnd), s.slice(numberEnd)] : undefined;
}
