import { ApiObject, Chart, DependencyGraph } from 'cdk8s';
import { IConstruct } from 'constructs';
import { analysisRef, analyze } from '../validation/analysis';
import { describeObject, Finding, isError, objectRef, Severity } from '../validation/finding';
import { escapeControlChars } from '../validation/util/control-chars';
import { isIstioObject } from '../validation/istio-kinds';
import { validateObject } from '../validation';
import { keepRendered, releaseRendered } from './render-memo';

/** Options for validation at synth. */
export interface MeshValidationOptions {
  /**
   * Fail synth on warnings too, not only on errors.
   * @default false
   */
  readonly warningsAsErrors?: boolean;
}

/**
 * Validates every Istio object of an app (CRD schema + CEL, istiod's webhook rules, cross-object mesh analysis)
 * inside `app.synth()`, `app.synthYaml()` and `chart.toJson()` / `Testing.synth(chart)`. The user's own L1 objects
 * and `Include`d YAML are checked too: everything that is an ApiObject in an Istio API group.
 *
 * Errors fail synth through cdk8s's own validation error, one line per finding, prefixed with the path of the
 * offending ApiObject: `[chart/canary/VirtualService] VirtualService ns/name: spec.http[0]...: message (error IST0106)`.
 * Warnings are printed to stderr once per synth and do not fail it, unless `warningsAsErrors` is set.
 * Every construct of this library switches validation on for its app; call `MeshValidation.enable(app)` for an app
 * that only uses L1 objects or `Include`.
 *
 * How one synth validates once and renders once: cdk8s runs the app-wide validation at the start of `app.synth()`
 * and again inside every `chart.toJson()`, i.e. 1 + (number of charts) times, and renders every object again after
 * validating. So the work is organised in synth passes. `app.synth()`, `app.synthYaml()` and each chart's `toJson()`
 * are wrapped (on the instance) so that they open a pass and close it when they return; calls nested inside an open
 * pass (the `chart.toJson()` calls inside `app.synth()`) join it. The first validation inside a pass renders and
 * validates every object of the app and keeps each rendered JSON for the one `toJson()` that cdk8s makes next (all
 * objects for an app-level pass; only the chart's own objects for a chart pass); the later validations in the same
 * pass reuse the findings. Closing the pass drops what was not served. A validation that runs outside any pass
 * (the first `toJson()` of a chart created after the last synth and after every `enable` call, or a direct
 * `app.node.validate()`) validates afresh, keeps no JSON, and its findings expire at the end of the current
 * microtask or at the next synth, whichever comes first. So `Testing.synth(chart)`, a change to the tree, and
 * `Testing.synth(chart)` again always see the changed tree.
 */
export class MeshValidation {
  /** Switches validation on for the app that contains `scope` (idempotent; an option given later wins). */
  public static enable(scope: IConstruct, options: MeshValidationOptions = {}): MeshValidation {
    const root = scope.node.root;
    let mv = BY_ROOT.get(root);
    if (mv === undefined) {
      mv = new MeshValidation(root);
      BY_ROOT.set(root, mv);
    }
    if (options.warningsAsErrors !== undefined) mv._warningsAsErrors = options.warningsAsErrors;
    if (scope === root) {
      // An explicit enable(app), typically once after the app is built: wrap the charts that exist already.
      for (const c of root.node.findAll()) if (Chart.isChart(c)) mv.wrapChart(c);
    } else {
      // The constructs call enable(this) once each: only their own chart, to keep construction O(depth).
      const chart = enclosingChart(scope);
      if (chart !== undefined) mv.wrapChart(chart);
    }
    return mv;
  }

  /** Whether validation is on for the app that contains `scope`. */
  public static isEnabled(scope: IConstruct): boolean {
    return BY_ROOT.has(scope.node.root);
  }

  private _warningsAsErrors = false;
  private pass: SynthPass | undefined;
  private readonly wrappedCharts = new WeakSet<IConstruct>();
  private readonly objectsWithChecks = new WeakSet<IConstruct>();

  private constructor(private readonly root: IConstruct) {
    root.node.addValidation({ validate: () => this.validateApp() });
    this.wrapEntryPoint(root, 'synth', APP_SCOPE);
    this.wrapEntryPoint(root, 'synthYaml', APP_SCOPE);
  }

  /** Whether warnings fail synth. */
  public get warningsAsErrors(): boolean {
    return this._warningsAsErrors;
  }

  private wrapChart(chart: Chart): void {
    if (this.wrappedCharts.has(chart)) return;
    this.wrappedCharts.add(chart);
    this.wrapEntryPoint(chart, 'toJson', chart, () => this.renderInAppPass(chart));
  }

  /**
   * Inside `app.synth()` / `app.synthYaml()`, cdk8s has already resolved the dependencies and validated the whole
   * app when it asks each chart for its objects, yet `chart.toJson()` does both again over the whole app, so a
   * synth costs O(charts × constructs) (the baseline's superlinear growth in bench/README.md). Once this pass has
   * validated, a chart's objects are rendered directly, in the order cdk8s uses (dependency order, objects whose
   * closest chart is this one). Undefined when the call is not such a nested one: cdk8s's own toJson runs.
   */
  private renderInAppPass(chart: Chart): unknown[] | undefined {
    const pass = this.pass;
    if (pass === undefined || pass.transient || !pass.validated || !pass.isAppPass()) return undefined;
    return new DependencyGraph(chart.node).topology()
      .filter((c): c is ApiObject => ApiObject.isApiObject(c) && c.chart === chart)
      .map((o) => o.toJson());
  }

  /** Makes `target[method]` open a pass for its duration, unless a pass is already open (then it joins that one). */
  private wrapEntryPoint(target: IConstruct, method: string, scope: PassScope, shortcut?: () => unknown): void {
    const original = (target as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') return;
    const run = (args: unknown[]): unknown => {
      if (this.pass !== undefined && !this.pass.transient) return shortcut?.() ?? original.apply(target, args);
      const pass = new SynthPass(scope, false);
      this.pass = pass;
      try {
        return original.apply(target, args);
      } finally {
        this.closePass(pass);
      }
    };
    Object.defineProperty(target, method, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: (...args: unknown[]): unknown => run(args),
    });
  }

  private closePass(pass: SynthPass): void {
    releaseRendered(pass.kept);
    if (this.pass === pass) this.pass = undefined;
  }

  /** The app root's validation: runs first in every app-wide validation (cdk8s walks the tree in pre-order). */
  private validateApp(): string[] {
    let pass = this.pass;
    if (pass === undefined || (pass.transient && pass.validated)) {
      const transient = new SynthPass(undefined, true);
      pass = transient;
      this.pass = transient;
      queueMicrotask(() => this.closePass(transient));
    }
    if (!pass.validated) this.validatePass(pass);
    return pass.unplaced;
  }

  private validatePass(pass: SynthPass): void {
    pass.validated = true;
    const objects: ApiObject[] = [];
    const rendered: object[] = [];
    for (const c of this.root.node.findAll()) {
      if (ApiObject.isApiObject(c)) {
        let json: object;
        try {
          json = c.toJson() as object;
        } catch {
          // cdk8s reports the same rendering error, in its own words, when it renders the chart.
          continue;
        }
        objects.push(c);
        rendered.push(json);
        if (pass.keeps(c) && keepRendered(c, json)) pass.kept.push(c);
      } else if (Chart.isChart(c)) {
        this.wrapChart(c);
      }
    }

    const warnings: string[] = [];
    const record = (owner: ApiObject | undefined, f: Finding) => {
      const fatal = isError(f) || (this._warningsAsErrors && f.severity === Severity.WARNING);
      if (fatal) {
        const line = findingLine(f, this._warningsAsErrors && !isError(f));
        if (owner === undefined) {
          pass.unplaced.push(line);
        } else {
          this.addObjectCheck(owner);
          const list = pass.errors.get(owner);
          if (list === undefined) pass.errors.set(owner, [line]);
          else list.push(line);
        }
      } else if (f.severity === Severity.WARNING) {
        warnings.push(`[${owner?.node.path ?? ''}] ${findingLine(f, false)}`);
      }
    };

    for (let i = 0; i < rendered.length; i++) {
      if (!isIstioObject(rendered[i])) continue;
      let found: Finding[];
      try {
        found = validateObject(rendered[i]);
      } catch (e) {
        throw new Error(`cdk8s-istio: the validator failed on ${describeObject(objectRef(rendered[i]))} at '${objects[i].node.path}': ${errorText(e)}`);
      }
      for (const f of found) record(objects[i], f);
    }
    let crossObject: Finding[];
    try {
      crossObject = analyze(rendered);
    } catch (e) {
      throw new Error(`cdk8s-istio: the mesh analysis failed: ${errorText(e)}`);
    }
    if (crossObject.length > 0) {
      const byIdentity = new Map<string, ApiObject>();
      for (let i = rendered.length - 1; i >= 0; i--) byIdentity.set(identityOf(rendered[i]), objects[i]);
      for (const f of crossObject) record(byIdentity.get(identityOfFinding(f)), f);
    }

    if (warnings.length > 0) {
      const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
      process.stderr.write(
        `cdk8s-istio: mesh validation: ${count} (not fatal; MeshValidation.enable(app, { warningsAsErrors: true }) makes warnings fail synth):\n` +
        warnings.map((w) => `  ${w}\n`).join(''),
      );
    }
  }

  /** Registers, once per object, the check through which cdk8s reports that object's findings under its own path. */
  private addObjectCheck(obj: ApiObject): void {
    if (this.objectsWithChecks.has(obj)) return;
    this.objectsWithChecks.add(obj);
    obj.node.addValidation({ validate: () => this.pass?.errors.get(obj) ?? [] });
  }
}

const BY_ROOT = new WeakMap<IConstruct, MeshValidation>();

/** Marks an app-level pass (app.synth / app.synthYaml) as opposed to a chart pass. */
const APP_SCOPE = Symbol('app');
type PassScope = Chart | typeof APP_SCOPE | undefined;

/** The state of one synth: findings per object and the JSON kept for cdk8s's later `toJson()` calls. */
class SynthPass {
  public validated = false;
  public readonly errors = new Map<ApiObject, string[]>();
  /** Error lines for findings whose object could not be matched to an ApiObject (reported on the app root). */
  public readonly unplaced: string[] = [];
  public readonly kept: ApiObject[] = [];

  constructor(private readonly scope: PassScope, public readonly transient: boolean) {}

  /** Whether this pass is an `app.synth()` / `app.synthYaml()` (not a single chart's `toJson()`). */
  public isAppPass(): boolean {
    return this.scope === APP_SCOPE;
  }

  /** Whether cdk8s will render `obj` in this pass (so its JSON is worth keeping). */
  public keeps(obj: ApiObject): boolean {
    if (this.scope === APP_SCOPE) return true;
    return this.scope !== undefined && obj.chart === this.scope;
  }
}

function enclosingChart(scope: IConstruct): Chart | undefined {
  for (let c: IConstruct | undefined = scope; c !== undefined; c = c.node.scope) {
    if (Chart.isChart(c)) return c;
  }
  return undefined;
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
