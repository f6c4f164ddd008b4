/**
 * Runtime type checks of construct props, for callers in plain JavaScript (or other jsii languages) where no
 * compiler stands between a wrong type and the construct: each returns the value typed as the prop declares it, or
 * throws the construct's PropErrors error naming the prop. `undefined` and `null` mean "not set" for optional props
 * (the check returns undefined). Constructs call these first, before any prop is used, so that a wrong type never
 * reaches the code below as a TypeError, a silently dropped value or one written through into the output.
 */
import { Construct } from 'constructs';
import { enumChoices, isEnumValue } from './enum-check';
import { PropErrors } from './prop-errors';

/** Not set: undefined, or null from JavaScript callers. */
export function unset(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

export function optionalString(errors: PropErrors, prop: string, value: unknown): string | undefined {
  if (unset(value)) return undefined;
  if (typeof value !== 'string') throw errors.mustBe(prop, 'a string', value);
  return value;
}

export function requiredString(errors: PropErrors, prop: string, value: unknown): string {
  if (typeof value !== 'string') throw errors.mustBe(prop, 'a string', value);
  return value;
}

/** A finite number (integer checks and ranges stay with the construct, which knows them). */
export function optionalNumber(errors: PropErrors, prop: string, value: unknown): number | undefined {
  if (unset(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw errors.mustBe(prop, 'a finite number', value);
  return value;
}

export function optionalBoolean(errors: PropErrors, prop: string, value: unknown): boolean | undefined {
  if (unset(value)) return undefined;
  if (typeof value !== 'boolean') throw errors.mustBe(prop, 'true or false', value);
  return value;
}

/** One of the enum's values; `enumName` names the enum in the message (`AccessLogEncoding.JSON or ...`). */
export function optionalEnum<T>(errors: PropErrors, prop: string, enumName: string, values: object, value: unknown): T | undefined {
  if (unset(value)) return undefined;
  if (!isEnumValue(values, value)) throw errors.mustBe(prop, enumChoices(enumName, values), value);
  return value as T;
}

/** An instance of `type` (a value class made by its factories, or a cdk8s `Duration`/`Size`). */
export function optionalInstance<T>(errors: PropErrors, prop: string, type: { prototype: T }, what: string, value: unknown): T | undefined {
  if (unset(value)) return undefined;
  // `type` may have a private constructor (value classes, cdk8s Duration/Size): instanceof works all the same.
  if (!(value instanceof (type as unknown as new () => T))) throw errors.mustBe(prop, what, value);
  return value;
}

/** A plain object (not an array, not a class instance): a props interface or a map. */
export function optionalObject(errors: PropErrors, prop: string, value: unknown, what = 'an object'): { [key: string]: unknown } | undefined {
  if (unset(value)) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw errors.mustBe(prop, what, value);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw errors.mustBe(prop, what, value);
  return value as { [key: string]: unknown };
}

/**
 * The props object itself: `{}` when not given, otherwise a shallow copy without the props set to null, so that the
 * construct's `props.x !== undefined` and `props.x ?? default` treat null as "not set".
 */
export function propsObject<T extends object>(errors: PropErrors, props: T | null | undefined): T {
  const given = optionalObject(errors, 'props', props, 'an object of props');
  if (given === undefined) return {} as T;
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(given)) if (given[key] !== null) out[key] = given[key];
  return out as T;
}

/** A map of strings (labels, annotations, selectors); every value is checked and named (`labels.team`). */
export function optionalStringMap(errors: PropErrors, prop: string, value: unknown): { [key: string]: string } | undefined {
  const map = optionalObject(errors, prop, value, 'a map of strings');
  if (map === undefined) return undefined;
  for (const key of Object.keys(map)) {
    if (typeof map[key] !== 'string') throw errors.mustBe(`${prop}.${key}`, 'a string', map[key]);
  }
  return map as { [key: string]: string };
}

/** An array whose items pass `item` (called with the item's prop name, `prop[i]`). */
export function optionalArray<T>(
  errors: PropErrors, prop: string, value: unknown, item: (itemProp: string, v: unknown) => T,
): T[] | undefined {
  if (unset(value)) return undefined;
  if (!Array.isArray(value)) throw errors.mustBe(prop, 'an array', value);
  return value.map((v, i) => item(`${prop}[${i}]`, v));
}

/**
 * Throws unless `scope` is a construct: the static methods that take one (`MeshState.of(scope)`, ...) are called
 * from plain JavaScript too, where anything can arrive.
 */
export function checkScope(method: string, scope: unknown): void {
  if (!Construct.isConstruct(scope)) throw PropErrors.forFactory(method).mustBe('scope', 'a construct (e.g. a Chart or the App)', scope);
}

/**
 * Arguments of value-class factories (`RouteMatch.header(name, match)`): the same checks, with errors that name the
 * factory and the parameter: `RouteMatch.header: 'name' must be a string, got 0`.
 */
export class FactoryArgs {
  private readonly errors: PropErrors;

  public constructor(factory: string) {
    this.errors = PropErrors.forFactory(factory);
  }

  public error(param: string, allowed: string, got: unknown): Error {
    return this.errors.mustBe(param, allowed, got);
  }

  public string(param: string, value: unknown): string {
    if (typeof value !== 'string') throw this.error(param, 'a string', value);
    return value;
  }

  public instance<T>(param: string, type: { prototype: T }, what: string, value: unknown): T {
    if (!(value instanceof (type as unknown as new () => T))) throw this.error(param, what, value);
    return value;
  }

  /** Optional (undefined or null: not given) instance. */
  public optionalInstance<T>(param: string, type: { prototype: T }, what: string, value: unknown): T | undefined {
    return unset(value) ? undefined : this.instance(param, type, what, value);
  }

  /** An optional options object (undefined or null: none given, `{}`); anything but a plain object is refused. */
  public options<T extends object>(param: string, value: T | undefined | null): T {
    if (unset(value)) return {} as T;
    if (typeof value !== 'object' || Array.isArray(value) || (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)) {
      throw this.error(param, 'an object of options', value);
    }
    return value;
  }

  /** An optional string with a default (undefined or null: the default). */
  public stringOr(param: string, value: unknown, fallback: string): string {
    return unset(value) ? fallback : this.string(param, value);
  }

  public stringMap(param: string, value: unknown): { [key: string]: string } {
    if (value === null || typeof value !== 'object' || Array.isArray(value) ||
      (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)) {
      throw this.error(param, 'a map of strings', value);
    }
    for (const [key, v] of Object.entries(value)) if (typeof v !== 'string') throw this.error(`${param}.${key}`, 'a string', v);
    return value as { [key: string]: string };
  }
}
