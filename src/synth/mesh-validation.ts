import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { describeObject, Finding, isError, Severity, validateAndAnalyze } from '../validation';

/** Options for validation at synth. */
export interface MeshValidationOptions {
  /**
   * Fail synth on warnings too, not only on errors.
   * @default false
   */
  readonly warningsAsErrors?: boolean;
}

const ENABLED = Symbol.for('cdk8s-istio.MeshValidation');

/**
 * Validates every Istio object of an app (schema + CEL, istiod's webhook rules, mesh analysis) inside
 * `app.synth()` / `Testing.synth()`. Every construct of this library switches it on for its app; call
 * `MeshValidation.enable(app)` to switch it on for an app that only uses L1 objects or `Include`.
 */
export class MeshValidation {
  /** Switches validation on for the app that contains `scope` (idempotent; later options win). */
  public static enable(scope: IConstruct, options: MeshValidationOptions = {}): MeshValidation {
    const root = scope.node.root as IConstruct & { [ENABLED]?: MeshValidation };
    let existing = root[ENABLED];
    if (!existing) {
      existing = new MeshValidation(root);
      Object.defineProperty(root, ENABLED, { value: existing, enumerable: false });
    }
    if (options.warningsAsErrors !== undefined) existing.warningsAsErrors = options.warningsAsErrors;
    return existing;
  }

  /** Whether warnings fail synth. */
  public warningsAsErrors = false;

  private constructor(private readonly root: IConstruct) {
    root.node.addValidation({ validate: () => this.validate() });
  }

  private validate(): string[] {
    const objects = this.root.node.findAll().filter((c): c is ApiObject => ApiObject.isApiObject(c));
    const rendered = objects.map((o) => o.toJson());
    const pathOf = new Map<string, string>();
    rendered.forEach((json, i) => pathOf.set(key(json), objects[i].node.path));
    const findings = validateAndAnalyze(rendered);
    const fatal = (f: Finding) => isError(f) || (this.warningsAsErrors && f.severity === Severity.WARNING);
    for (const f of findings.filter((x) => !fatal(x))) console.warn(`[${pathOf.get(key(f)) ?? ''}] ${line(f)}`);
    return findings.filter(fatal).map((f) => `[${pathOf.get(key(f)) ?? ''}] ${line(f)}`);
  }
}

function key(o: { apiVersion?: string; kind?: string; metadata?: { namespace?: string; name?: string }; namespace?: string; name?: string }): string {
  const meta = o.metadata ?? o;
  return `${o.kind}|${meta.namespace ?? ''}|${meta.name}`;
}

function line(f: Finding): string {
  return f.path ? `${describeObject(f)}: ${f.path}: ${f.message}` : `${describeObject(f)}: ${f.message}`;
}
