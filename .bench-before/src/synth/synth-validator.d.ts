import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { MeshState } from '../shared/mesh-state';
/** A warning found at synth, as a reporter receives it. */
export interface MeshValidationWarning {
    /** The construct path of the object the warning is about; empty when it names no object of the app. */
    readonly path: string;
    /** The finding's code, e.g. `IST0133`. */
    readonly code: string;
    /** The finding's message alone. */
    readonly message: string;
    /** The whole line: `Kind ns/name: field.path: message (warning CODE)`. */
    readonly line: string;
}
/** Receives the warnings of a validation at synth (warnings do not fail synth unless `warningsAsErrors`). */
export interface IMeshValidationReporter {
    /** Called once per validation that found warnings, with all of them. */
    report(warnings: MeshValidationWarning[]): void;
}
/** Options for validation at synth. */
export interface MeshValidationOptions {
    /**
     * Fail synth on warnings too, not only on errors.
     * @default false
     */
    readonly warningsAsErrors?: boolean;
    /**
     * Where warnings go.
     * @default - `MeshValidation.stderrReporter()`: one block per validation on standard error
     */
    readonly reporter?: IMeshValidationReporter;
    /**
     * Validate only the objects inside these constructs (typically charts). Objects elsewhere are not checked and no
     * finding about them is reported; the cross-object analysis still reads them, so references into them resolve.
     * @default - every object of the app
     */
    readonly scopes?: IConstruct[];
}
/** The validator of the app that contains `scope`, created on first use (which switches validation on). */
export declare function validatorOf(scope: IConstruct): SynthValidator;
/** The validator of the app that contains `scope`, or undefined when validation is off there. */
export declare function findValidator(scope: IConstruct): SynthValidator | undefined;
/** The constructs whose objects are not validated (kept apart from the validator: excluding does not enable). */
export declare function excludedIn(state: MeshState): WeakSet<IConstruct>;
/**
 * Validation at synth, through cdk8s's public extension points only: one validation on the app root (cdk8s walks
 * the tree in pre-order, so it runs first in every app-wide validation) renders and validates every object and
 * keeps the error lines per object; a validation added to each object with findings hands them to cdk8s, which
 * reports them under the object's path. Each app-wide validation does this afresh (a plain `App` validates the
 * whole app 1 + charts times per synth; IstioApp once), so results always reflect the tree as it is.
 */
export declare class SynthValidator {
    private readonly root;
    private readonly excluded;
    warningsAsErrors: boolean;
    reporter: IMeshValidationReporter;
    private only;
    /** Error lines of the latest validation per object, handed out once (to the object's own check). */
    private errors;
    private readonly withChecks;
    private pass;
    /** The warnings last reported, until the event loop turns (a plain App's synth validates once per chart). */
    private lastReported;
    constructor(root: IConstruct, excluded: WeakSet<IConstruct>);
    configure(options: MeshValidationOptions): void;
    /**
     * Opens the fast path's synth: the next app-wide validation keeps every object's JSON in the returned map, and
     * later validations until `closePass` reuse its findings.
     */
    openPass(): Map<ApiObject, object>;
    closePass(): void;
    private validateApp;
    /** Renders, validates and analyzes the whole app; returns the error lines no object can be named for. */
    private validate;
    /** Whether `obj` is validated: not inside an excluded construct and, when scopes are set, inside one of them. */
    private isChecked;
    private report;
    /** Registers, once per object, the check through which cdk8s reports that object's findings under its own path. */
    private addObjectCheck;
    private take;
}
/** The default reporter: one block per validation with warnings, on standard error. */
export declare const STDERR_REPORTER: IMeshValidationReporter;
