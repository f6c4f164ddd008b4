import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { PropErrors } from '../shared/prop-errors';
import { optionalArray, optionalBoolean, optionalObject, unset } from '../shared/prop-types';
import { IstioVersion } from '../shared/istio-version';
import { ISTIO_VERSION_NEWER_THAN_SUPPORTED } from '../validation/finding-codes';
import { MeshState } from '../shared/mesh-state';
import { validateObject } from '../validation';
import { versionFindings } from '../validation/version-gates';
import { analysisRef, analyze } from '../validation/analysis';
import { describeObject, Finding, isError, objectRef, Severity } from '../validation/finding';
import { escapeControlChars } from '../validation/util/control-chars';

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

/**
 * `options` as MeshValidationOptions, checked for plain-JavaScript callers: an Error naming `prop` (and the field)
 * for anything else, and null fields read as not given.
 */
export function checkValidationOptions(errors: PropErrors, prop: string, options: unknown): MeshValidationOptions {
  const given = optionalObject(errors, prop, options, 'a MeshValidationOptions object ({ warningsAsErrors, reporter, scopes })');
  if (given === undefined) return {};
  const warningsAsErrors = optionalBoolean(errors, `${prop}.warningsAsErrors`, given.warningsAsErrors);
  const reporter = given.reporter;
  if (!unset(reporter) && (typeof reporter !== 'object' || typeof (reporter as { report?: unknown }).report !== 'function')) {
    throw errors.mustBe(`${prop}.reporter`, 'an IMeshValidationReporter (an object with a report(warnings) method)', reporter);
  }
  const scopes = optionalArray(errors, `${prop}.scopes`, given.scopes, (itemProp, scope) => {
    if (!Construct.isConstruct(scope)) throw errors.mustBe(itemProp, 'a construct (e.g. a Chart)', scope);
    return scope;
  });
  return {
    ...(warningsAsErrors !== undefined ? { warningsAsErrors } : {}),
    ...(!unset(reporter) ? { reporter: reporter as IMeshValidationReporter } : {}),
    ...(scopes !== undefined ? { scopes } : {}),
  };
}

/**
 * The slot keys in MeshState. `Symbol.for` keys with the contract version in them: two copies of cdk8s-istio in one
 * app share one validator (one report per finding) as long as they speak the same version.
 */
const VALIDATOR_KEY = Symbol.for('cdk8s-istio.SynthValidator.v1');
const EXCLUDED_KEY = Symbol.for('cdk8s-istio.SynthValidator.excluded.v1');

/** The validator of the app that contains `scope`, created on first use (which switches validation on). */
export function validatorOf(scope: IConstruct): SynthValidator {
  const state = MeshState.of(scope);
  return state._slot(VALIDATOR_KEY, () => new SynthValidator(scope.node.root, excludedIn(state))) as SynthValidator;
}

/** The validator of the app that contains `scope`, or undefined when validation is off there. */
export function findValidator(scope: IConstruct): SynthValidator | undefined {
  return MeshState.find(scope)?._peek(VALIDATOR_KEY) as SynthValidator | undefined;
}

/** The constructs whose objects are not validated (kept apart from the validator: excluding does not enable). */
export function excludedIn(state: MeshState): WeakSet<IConstruct> {
  return state._slot(EXCLUDED_KEY, () => new WeakSet<IConstruct>()) as WeakSet<IConstruct>;
}

/** The one synth of the explicit fast path (IstioApp): the JSON rendered for validation, kept for the output. */
interface SynthPass {
  readonly rendered: Map<ApiObject, object>;
  validated: boolean;
  unplaced: string[];
}

/**
 * Validation at synth, through cdk8s's public extension points only: one validation on the app root (cdk8s walks
 * the tree in pre-order, so it runs first in every app-wide validation) renders and validates every object and
 * keeps the error lines per object; a validation added to each object with findings hands them to cdk8s, which
 * reports them under the object's path. Each app-wide validation does this afresh (a plain `App` validates the
 * whole app 1 + charts times per synth; IstioApp once), so results always reflect the tree as it is.
 */
export class SynthValidator {
  public warningsAsErrors = false;
  public reporter: IMeshValidationReporter = STDERR_REPORTER;
  private only: Set<IConstruct> | undefined;
  /** Error lines of the latest validation per object, handed out once (to the object's own check). */
  private errors = new Map<IConstruct, string[]>();
  private readonly withChecks = new WeakSet<IConstruct>();
  private pass: SynthPass | undefined;
  /** The warnings last reported, until the event loop turns (a plain App's synth validates once per chart). */
  private lastReported: string | undefined;

  public constructor(private readonly root: IConstruct, private readonly excluded: WeakSet<IConstruct>) {
    root.node.addValidation({ validate: () => this.validateApp() });
  }

  public configure(options: MeshValidationOptions): void {
    if (options.warningsAsErrors !== undefined) this.warningsAsErrors = options.warningsAsErrors;
    if (options.reporter !== undefined) this.reporter = options.reporter;
    if (options.scopes !== undefined) this.only = new Set(options.scopes);
  }

  /**
   * Opens the fast path's synth: the next app-wide validation keeps every object's JSON in the returned map, and
   * later validations until `closePass` reuse its findings.
   */
  public openPass(): Map<ApiObject, object> {
    const pass: SynthPass = { rendered: new Map(), validated: false, unplaced: [] };
    this.pass = pass;
    return pass.rendered;
  }

  public closePass(): void {
    this.pass = undefined;
  }

  private validateApp(): string[] {
    const pass = this.pass;
    if (pass === undefined) return this.validate(undefined);
    if (!pass.validated) {
      pass.validated = true;
      this.lastReported = undefined;
      pass.unplaced = this.validate(pass.rendered);
    }
    return pass.unplaced;
  }

  /** Renders, validates and analyzes the whole app; returns the error lines no object can be named for. */
  private validate(keep: Map<ApiObject, object> | undefined): string[] {
    const errors = new Map<IConstruct, string[]>();
    this.errors = errors;
    queueMicrotask(() => {
      if (this.errors === errors) this.errors = new Map();
    });

    const objects: ApiObject[] = [];
    const rendered: object[] = [];
    for (const c of this.root.node.findAll()) {
      if (!ApiObject.isApiObject(c)) continue;
      let json: object;
      try {
        json = c.toJson() as object;
      } catch {
        // cdk8s reports the same rendering error, in its own words, when it renders the chart.
        continue;
      }
      objects.push(c);
      rendered.push(json);
      keep?.set(c, json);
    }

    const unplaced: string[] = [];
    const warnings: MeshValidationWarning[] = [];
    // A target release newer than the rules: said once per synth, with the findings' warnings.
    const version = IstioVersion.of(this.root);
    const minor = version.minor;
    const newer = version.warning;
    if (newer !== undefined) warnings.push({ path: '', code: ISTIO_VERSION_NEWER_THAN_SUPPORTED.code, message: newer, line: newer });
    const checked = new Map<IConstruct, boolean>();
    const record = (owner: ApiObject | undefined, f: Finding) => {
      if (owner !== undefined && !this.isChecked(owner, checked)) return;
      const promoted = this.warningsAsErrors && f.severity === Severity.WARNING;
      if (isError(f) || promoted) {
        const line = findingLine(f, promoted);
        if (owner === undefined) {
          unplaced.push(line);
        } else {
          this.addObjectCheck(owner);
          const list = errors.get(owner);
          if (list === undefined) errors.set(owner, [line]);
          else list.push(line);
        }
      } else if (f.severity === Severity.WARNING) {
        warnings.push({ path: owner?.node.path ?? '', code: f.code, message: f.message, line: findingLine(f, false) });
      }
    };

    let anyChecked = false;
    for (let i = 0; i < rendered.length; i++) {
      if (!this.isChecked(objects[i], checked)) continue;
      anyChecked = true;
      let found: Finding[];
      try {
        found = validateObject(rendered[i]);
        if (minor < IstioVersion.NEWEST_SUPPORTED) found = found.concat(versionFindings(rendered[i], minor));
      } catch (e) {
        throw new Error(`cdk8s-istio: the validator failed on ${describeObject(objectRef(rendered[i]))} at '${objects[i].node.path}': ${errorText(e)}`);
      }
      for (const f of found) record(objects[i], f);
    }
    // The analysis reads every object (references into unchecked charts resolve) but only when something is checked.
    const crossObject = anyChecked ? analyzeAll(rendered) : [];
    if (crossObject.length > 0) {
      const byIdentity = new Map<string, ApiObject>();
      for (let i = rendered.length - 1; i >= 0; i--) byIdentity.set(identityOf(rendered[i]), objects[i]);
      for (const f of crossObject) record(byIdentity.get(identityOfFinding(f)), f);
    }
    this.report(warnings);
    return unplaced;
  }

  /** Whether `obj` is validated: not inside an excluded construct and, when scopes are set, inside one of them. */
  private isChecked(obj: IConstruct, memo: Map<IConstruct, boolean>): boolean {
    const seen: IConstruct[] = [];
    let verdict: boolean | undefined;
    for (let c: IConstruct | undefined = obj; c !== undefined; c = c.node.scope) {
      verdict = memo.get(c);
      if (verdict !== undefined) break;
      if (this.excluded.has(c)) {
        verdict = false;
        break;
      }
      if (this.only?.has(c)) {
        verdict = true;
        break;
      }
      seen.push(c);
    }
    verdict ??= this.only === undefined;
    for (const c of seen) memo.set(c, verdict);
    return verdict;
  }

  private report(warnings: MeshValidationWarning[]): void {
    if (warnings.length === 0) return;
    const key = warnings.map((w) => `${w.path}\n${w.line}`).join('\n');
    if (key === this.lastReported) return;
    this.lastReported = key;
    queueMicrotask(() => {
      if (this.lastReported === key) this.lastReported = undefined;
    });
    this.reporter.report(warnings);
  }

  /** Registers, once per object, the check through which cdk8s reports that object's findings under its own path. */
  private addObjectCheck(obj: ApiObject): void {
    if (this.withChecks.has(obj)) return;
    this.withChecks.add(obj);
    obj.node.addValidation({ validate: () => this.take(obj) });
  }

  private take(obj: IConstruct): string[] {
    const lines = this.errors.get(obj);
    if (lines === undefined) return [];
    this.errors.delete(obj);
    return lines;
  }
}

/** The default reporter: one block per validation with warnings, on standard error. */
export const STDERR_REPORTER: IMeshValidationReporter = {
  report(warnings: MeshValidationWarning[]): void {
    const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
    process.stderr.write(
      `cdk8s-istio: mesh validation: ${count} (not fatal; MeshValidation.enable(app, { warningsAsErrors: true }) makes warnings fail synth):\n` +
      warnings.map((w) => `  [${w.path}] ${w.line}\n`).join(''),
    );
  },
};

function analyzeAll(rendered: object[]): Finding[] {
  try {
    return analyze(rendered);
  } catch (e) {
    throw new Error(`cdk8s-istio: the mesh analysis failed: ${errorText(e)}`);
  }
}

/** `Kind ns/name: field.path: message (error IST0106)`; warnings promoted by warningsAsErrors say so. */
function findingLine(f: Finding, promoted: boolean): string {
  const where = f.path ? `${describeObject(f)}: ${f.path}` : describeObject(f);
  const tag = promoted ? `${f.severity} ${f.code}, fatal with warningsAsErrors` : `${f.severity} ${f.code}`;
  return escapeControlChars(`${where}: ${f.message} (${tag})`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The identity analysis findings name their object by (an unnamespaced object counts as in `default`). */
function identityOf(obj: object): string {
  const r = analysisRef(obj);
  return `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
}

function identityOfFinding(f: Finding): string {
  return `${f.apiVersion}|${f.kind}|${f.namespace ?? ''}|${f.name}`;
}
