/**
 * Error messages for bad construct props, in one shape for every construct and value class of the library:
 * `<Construct> '<construct id>': '<prop>' must be <allowed>, got <value>` (cdk8s-plus style: the prop, the value and
 * what is allowed), or `<Class>.<factory>: '<param>' ...` for a value class's static factory. A construct is always
 * named by its construct id (what `node.path` shows), which exists even when a `name` prop is missing or invalid.
 */
export declare class PropErrors {
    /** Errors for the props of the construct `kind` with construct id `id`. */
    static forConstruct(kind: string, id: string): PropErrors;
    /** Errors for the parameters of a value class's factory, e.g. `CallerIdentity.namespace`. */
    static forFactory(factory: string): PropErrors;
    /** How messages name the owner, e.g. `CanaryService 'billing'` (for messages that are not thrown, e.g. validations). */
    readonly owner: string;
    private constructor();
    /** `<detail>` after the owner, for errors about the construct's use rather than one prop. */
    general(detail: string): Error;
    /** `'<prop>' must be <allowed>, got <value>`. */
    mustBe(prop: string, allowed: string, got: unknown): Error;
    /** `'<prop>' <detail>`, for a detail that already says what is wrong and what is allowed. */
    about(prop: string, detail: string): Error;
    /** `'<prop>' is invalid: <detail>`, for messages from the shared rule helpers that already quote the value. */
    invalid(prop: string, detail: string): Error;
}
/** A value as it appears in an error message: strings quoted, everything else as JSON where possible. */
export declare function show(value: unknown): string;
/** Throws unless `value` is an integer within [min, max]. */
export declare function checkInteger(errors: PropErrors, prop: string, value: number, min: number, max: number): number;
