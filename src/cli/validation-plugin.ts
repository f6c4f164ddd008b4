/**
 * The cdk8s-cli validation plugin (listed under `validations:` in cdk8s.yaml; loaded through
 * plugin/index.js, which the package ships). After `cdk8s synth` wrote the manifests, it runs per-object validation and
 * cross-object analysis over all of them together. The plugin contract has no severities: errors become violations
 * and fail the report (the CLI then exits 2); warnings are logged and the report still succeeds, unless the
 * plugin's `warningsAsErrors` property is set.
 *
 * The context and report types are declared structurally here (the subset used) so that the compiled library does
 * not depend on cdk8s-cli.
 */
import { analysisRef } from '../validation/analysis';
import { Finding, formatFinding, isError, Severity } from '../validation/finding';
import { validateAndAnalyze } from '../validation';

/**
 * `properties:` of the plugin's entry in cdk8s.yaml.
 * @jsii ignore
 */
export interface IstioValidationProps {
  /**
   * Fail the report on warnings too.
   * @default false
   */
  readonly warningsAsErrors?: boolean;
}

/**
 * The part of cdk8s-cli's `ValidationContext` the plugin uses.
 * @jsii ignore
 */
export interface PluginContext {
  readonly manifests: readonly string[];
  readonly report: PluginReport;
  readonly logger: { log(message: string): void };
  parseManifest(manifestPath: string): unknown[];
}

/**
 * The part of cdk8s-cli's `ValidationReport` the plugin uses.
 * @jsii ignore
 */
export interface PluginReport {
  addViolation(violation: {
    readonly ruleName: string;
    readonly recommendation: string;
    readonly fix: string;
    readonly violatingResources: ReadonlyArray<{
      readonly resourceName: string;
      readonly locations: readonly string[];
      readonly manifestPath: string;
    }>;
  }): void;
  submit(status: 'success' | 'failure', metadata?: { readonly [key: string]: string }): void;
}

/**
 * The cdk8s-cli validation plugin class (`class: IstioValidation` in cdk8s.yaml). The cdk8s CLI loads it in its
 * own Node.js process, so it is a JavaScript-only API (other languages call `Validator` instead).
 * @jsii ignore
 */
export class IstioValidation {
  public readonly warningsAsErrors: boolean;

  constructor(props: IstioValidationProps = {}) {
    const value: unknown = props.warningsAsErrors;
    if (value !== undefined && typeof value !== 'boolean') {
      throw new Error(`cdk8s-istio-validation: property 'warningsAsErrors' must be true or false, not ${JSON.stringify(value)}`);
    }
    this.warningsAsErrors = value === true;
  }

  public async validate(context: PluginContext): Promise<void> {
    const objects: object[] = [];
    const firstManifest = new Map<string, string>();
    for (const manifest of context.manifests) {
      for (const doc of context.parseManifest(manifest)) {
        if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
        objects.push(doc);
        // Per-object findings name the object as written; analysis findings place an unnamespaced one in `default`.
        for (const key of [identity(doc as Finding), identity(analysisRef(doc))]) {
          if (!firstManifest.has(key)) firstManifest.set(key, manifest);
        }
      }
    }
    const findings = validateAndAnalyze(objects);

    // One violation per rule and message; each lists the resources it was found in with their field paths.
    const violations = new Map<string, { code: string; message: string; resources: Map<string, { name: string; manifest: string; paths: string[] }> }>();
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
      const fatal = isError(f) || (this.warningsAsErrors && f.severity === Severity.WARNING);
      if (!fatal) {
        if (f.severity === Severity.WARNING) {
          warnings++;
          context.logger.log(`cdk8s-istio: ${formatFinding(f)}`);
        }
        continue;
      }
      errors++;
      const vkey = `${f.code}\u0000${f.message}`;
      let v = violations.get(vkey);
      if (v === undefined) {
        v = { code: f.code, message: f.message, resources: new Map() };
        violations.set(vkey, v);
      }
      const manifest = firstManifest.get(identity(f)) ?? '';
      const rkey = `${identity(f)}\u0000${manifest}`;
      let r = v.resources.get(rkey);
      if (r === undefined) {
        r = { name: f.name, manifest, paths: [] };
        v.resources.set(rkey, r);
      }
      r.paths.push(f.path || '(the whole object)');
    }
    for (const v of violations.values()) {
      context.report.addViolation({
        ruleName: v.code,
        recommendation: v.message,
        fix: fixFor(v.code),
        violatingResources: [...v.resources.values()].map((r) => ({
          resourceName: r.name, locations: r.paths, manifestPath: r.manifest,
        })),
      });
    }
    context.report.submit(errors > 0 ? 'failure' : 'success', {
      objects: String(objects.length),
      errors: String(errors),
      warnings: String(warnings),
    });
  }
}

function fixFor(code: string): string {
  return `Correct the field named in Locations; \`npx cdk8s-istio analyze dist/\` lists every ${code} finding with its object.`;
}

function identity(r: { apiVersion?: unknown; kind?: unknown; namespace?: unknown; name?: unknown; metadata?: { namespace?: unknown; name?: unknown } }): string {
  const ns = r.metadata ? r.metadata.namespace : r.namespace;
  const name = r.metadata ? r.metadata.name : r.name;
  return `${String(r.apiVersion)}|${String(r.kind)}|${typeof ns === 'string' ? ns : ''}|${typeof name === 'string' ? name : ''}`;
}
