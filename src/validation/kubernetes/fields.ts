/**
 * Field checks shared by the Kubernetes core kinds, worded like the API server's field errors
 * (`<path>: Invalid value: <value>: <detail>`; see KUBERNETES-VALIDATION-RULES.md §0).
 */
import { SchemaRun } from '../schema/run';
import { invalid, REQUIRED, unsupported } from '../schema/messages';
import { CharClass, isDigits } from '../util/chars';
import { isObj, list, Obj } from '../util/plain-json';

export { invalid, REQUIRED, unsupported };

const IANA_SVC_NAME = new CharClass('a-z0-9-');
const LOWER = new CharClass('a-z');

/** Go's validation.IsValidPortName (IANA_SVC_NAME): the reasons a port name is invalid, [] when fine. */
export function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (name === '' || !IANA_SVC_NAME.all(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (!LOWER.some(name)) errs.push('must contain at least one letter (a-z)');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

export function checkPortNumber(run: SchemaRun, path: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) run.error(path, REQUIRED);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
    run.error(path, invalid(value, 'must be between 1 and 65535, inclusive'));
  }
}

/** A port given as a number (1-65535) or an IANA port name (probe ports, Service targetPort). */
export function checkNumberOrPortName(run: SchemaRun, path: string, value: unknown): void {
  if (typeof value === 'string') {
    for (const e of portNameErrors(value)) run.error(path, invalid(value, e));
  } else {
    checkPortNumber(run, path, value, true);
  }
}

export function checkNonNegative(run: SchemaRun, path: string, value: unknown): void {
  if (typeof value === 'number' && value < 0) run.error(path, invalid(value, 'must be greater than or equal to 0'));
}

export function checkEnum(run: SchemaRun, path: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !allowed.includes(value)) run.error(path, unsupported(value, allowed));
}

/** An int-or-percent field (`25%`, `1`); returns the percent (or undefined when it is an integer or invalid). */
export function checkIntOrPercent(run: SchemaRun, path: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    checkNonNegative(run, path, value);
    return undefined;
  }
  if (typeof value !== 'string' || !(value.endsWith('%') && isDigits(value, 0, value.length - 1))) {
    run.error(path, invalid(value, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%')"));
    return undefined;
  }
  return Number(value.slice(0, -1));
}

/** The items of a list field that are objects, with their index. */
export function objectItems(v: unknown): [Obj, number][] {
  const out: [Obj, number][] = [];
  list(v).forEach((item, i) => {
    if (isObj(item)) out.push([item, i]);
  });
  return out;
}
