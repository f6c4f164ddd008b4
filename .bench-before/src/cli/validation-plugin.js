"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IstioValidation = void 0;
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
const analysis_1 = require("../validation/analysis");
const finding_1 = require("../validation/finding");
const validation_1 = require("../validation");
/**
 * The cdk8s-cli validation plugin class (`class: IstioValidation` in cdk8s.yaml). The cdk8s CLI loads it in its
 * own Node.js process, so it is a JavaScript-only API (other languages call `Validator` instead).
 * @jsii ignore
 */
class IstioValidation {
    warningsAsErrors;
    constructor(props = {}) {
        const value = props.warningsAsErrors;
        if (value !== undefined && typeof value !== 'boolean') {
            throw new Error(`cdk8s-istio-validation: property 'warningsAsErrors' must be true or false, not ${JSON.stringify(value)}`);
        }
        this.warningsAsErrors = value === true;
    }
    async validate(context) {
        const objects = [];
        const firstManifest = new Map();
        for (const manifest of context.manifests) {
            for (const doc of context.parseManifest(manifest)) {
                if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
                    continue;
                objects.push(doc);
                // Per-object findings name the object as written; analysis findings place an unnamespaced one in `default`.
                for (const key of [identity(doc), identity((0, analysis_1.analysisRef)(doc))]) {
                    if (!firstManifest.has(key))
                        firstManifest.set(key, manifest);
                }
            }
        }
        const findings = (0, validation_1.validateAndAnalyze)(objects);
        // One violation per rule and message; each lists the resources it was found in with their field paths.
        const violations = new Map();
        let errors = 0;
        let warnings = 0;
        for (const f of findings) {
            const fatal = (0, finding_1.isError)(f) || (this.warningsAsErrors && f.severity === finding_1.Severity.WARNING);
            if (!fatal) {
                if (f.severity === finding_1.Severity.WARNING) {
                    warnings++;
                    context.logger.log(`cdk8s-istio: ${(0, finding_1.formatFinding)(f)}`);
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
exports.IstioValidation = IstioValidation;
function fixFor(code) {
    return `Correct the field named in Locations; \`npx cdk8s-istio analyze dist/\` lists every ${code} finding with its object.`;
}
function identity(r) {
    const ns = r.metadata ? r.metadata.namespace : r.namespace;
    const name = r.metadata ? r.metadata.name : r.name;
    return `${String(r.apiVersion)}|${String(r.kind)}|${typeof ns === 'string' ? ns : ''}|${typeof name === 'string' ? name : ''}`;
}
//# sourceMappingURL=validation-plugin.js.map