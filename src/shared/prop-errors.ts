/**
 * Error messages for bad construct props, in one shape for every construct of the library:
 * `<Construct> '<name>': '<prop>' must be <allowed>, got <value>` (cdk8s-plus style: the prop, the value and what
 * is allowed).
 */
export class PropErrors {
  /** @param name the construct's `name` prop, formatted only when an error is thrown */
  public constructor(private readonly kind: string, private readonly name: unknown) {}

  private get owner(): string {
    return `${this.kind} '${(typeof this.name === 'string' ? this.name : show(this.name)).replace(/'/g, "\\'")}'`;
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
