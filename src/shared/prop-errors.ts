/**
 * Error messages for bad construct props, in one shape for every construct and value class of the library:
 * `<Construct> '<construct id>': '<prop>' must be <allowed>, got <value>` (cdk8s-plus style: the prop, the value and
 * what is allowed), or `<Class>.<factory>: '<param>' ...` for a value class's static factory. A construct is always
 * named by its construct id (what `node.path` shows), which exists even when a `name` prop is missing or invalid.
 */
export class PropErrors {
  /** Errors for the props of the construct `kind` with construct id `id`. */
  public static forConstruct(kind: string, id: string): PropErrors {
    return new PropErrors(`${kind} '${String(id).replaceAll("'", "\\'")}'`);
  }

  /** Errors for the parameters of a value class's factory, e.g. `CallerIdentity.namespace`. */
  public static forFactory(factory: string): PropErrors {
    return new PropErrors(factory);
  }

  /** How messages name the owner, e.g. `CanaryService 'billing'` (for messages that are not thrown, e.g. validations). */
  public readonly owner: string;

  private constructor(owner: string) {
    this.owner = owner;
  }

  /** `<detail>` after the owner, for errors about the construct's use rather than one prop. */
  public general(detail: string): Error {
    return new Error(`${this.owner}: ${detail}`);
  }

  /** `'<prop>' must be <allowed>, got <value>`. */
  public mustBe(prop: string, allowed: string, got: unknown): Error {
    return new Error(`${this.owner}: '${prop}' must be ${allowed}, got ${show(got)}`);
  }

  /** `'<prop>' <detail>`, for a detail that already says what is wrong and what is allowed. */
  public about(prop: string, detail: string): Error {
    return new Error(`${this.owner}: '${prop}' ${detail}`);
  }

  /** `'<prop>' is invalid: <detail>`, for messages from the shared rule helpers that already quote the value. */
  public invalid(prop: string, detail: string): Error {
    return new Error(`${this.owner}: '${prop}' is invalid: ${detail}`);
  }
}

/** A value as it appears in an error message: strings quoted, everything else as JSON where possible. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A bigint, a cycle, or an object whose own `toString`/`toJSON` is not callable: never throw while reporting.
    return typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
  }
}

/** Throws unless `value` is an integer within [min, max]. */
export function checkInteger(errors: PropErrors, prop: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw errors.mustBe(prop, `an integer from ${min} to ${max}`, value);
  }
  return value;
}
