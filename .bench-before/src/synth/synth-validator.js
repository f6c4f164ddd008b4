"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STDERR_REPORTER = exports.SynthValidator = void 0;
exports.validatorOf = validatorOf;
exports.findValidator = findValidator;
exports.excludedIn = excludedIn;
const cdk8s_1 = require("cdk8s");
const istio_version_1 = require("../shared/istio-version");
const mesh_state_1 = require("../shared/mesh-state");
const validation_1 = require("../validation");
const version_gates_1 = require("../validation/version-gates");
const analysis_1 = require("../validation/analysis");
const finding_1 = require("../validation/finding");
const control_chars_1 = require("../validation/util/control-chars");
/**
 * The slot keys in MeshState. `Symbol.for` keys with the contract version in them: two copies of cdk8s-istio in one
 * app share one validator (one report per finding) as long as they speak the same version.
 */
const VALIDATOR_KEY = Symbol.for('cdk8s-istio.SynthValidator.v1');
const EXCLUDED_KEY = Symbol.for('cdk8s-istio.SynthValidator.excluded.v1');
/** The validator of the app that contains `scope`, created on first use (which switches validation on). */
function validatorOf(scope) {
    const state = mesh_state_1.MeshState.of(scope);
    return state._slot(VALIDATOR_KEY, () => new SynthValidator(scope.node.root, excludedIn(state)));
}
/** The validator of the app that contains `scope`, or undefined when validation is off there. */
function findValidator(scope) {
    return mesh_state_1.MeshState.find(scope)?._peek(VALIDATOR_KEY);
}
/** The constructs whose objects are not validated (kept apart from the validator: excluding does not enable). */
function excludedIn(state) {
    return state._slot(EXCLUDED_KEY, () => new WeakSet());
}
/**
 * Validation at synth, through cdk8s's public extension points only: one validation on the app root (cdk8s walks
 * the tree in pre-order, so it runs first in every app-wide validation) renders and validates every object and
 * keeps the error lines per object; a validation added to each object with findings hands them to cdk8s, which
 * reports them under the object's path. Each app-wide validation does this afresh (a plain `App` validates the
 * whole app 1 + charts times per synth; IstioApp once), so results always reflect the tree as it is.
 */
class SynthValidator {
    root;
    excluded;
    warningsAsErrors = false;
    reporter = exports.STDERR_REPORTER;
    only;
    /** Error lines of the latest validation per object, handed out once (to the object's own check). */
    errors = new Map();
    withChecks = new WeakSet();
    pass;
    /** The warnings last reported, until the event loop turns (a plain App's synth validates once per chart). */
    lastReported;
    constructor(root, excluded) {
        this.root = root;
        this.excluded = excluded;
        root.node.addValidation({ validate: () => this.validateApp() });
    }
    configure(options) {
        if (options.warningsAsErrors !== undefined)
            this.warningsAsErrors = options.warningsAsErrors;
        if (options.reporter !== undefined)
            this.reporter = options.reporter;
        if (options.scopes !== undefined)
            this.only = new Set(options.scopes);
    }
    /**
     * Opens the fast path's synth: the next app-wide validation keeps every object's JSON in the returned map, and
     * later validations until `closePass` reuse its findings.
     */
    openPass() {
        const pass = { rendered: new Map(), validated: false, unplaced: [] };
        this.pass = pass;
        return pass.rendered;
    }
    closePass() {
        this.pass = undefined;
    }
    validateApp() {
        const pass = this.pass;
        if (pass === undefined)
            return this.validate(undefined);
        if (!pass.validated) {
            pass.validated = true;
            this.lastReported = undefined;
            pass.unplaced = this.validate(pass.rendered);
        }
        return pass.unplaced;
    }
    /** Renders, validates and analyzes the whole app; returns the error lines no object can be named for. */
    validate(keep) {
        const errors = new Map();
        this.errors = errors;
        queueMicrotask(() => {
            if (this.errors === errors)
                this.errors = new Map();
        });
        const objects = [];
        const rendered = [];
        for (const c of this.root.node.findAll()) {
            if (!cdk8s_1.ApiObject.isApiObject(c))
                continue;
            let json;
            try {
                json = c.toJson();
            }
            catch {
                // cdk8s reports the same rendering error, in its own words, when it renders the chart.
                continue;
            }
            objects.push(c);
            rendered.push(json);
            keep?.set(c, json);
        }
        const unplaced = [];
        const warnings = [];
        // A target release newer than the rules: said once per synth, with the findings' warnings.
        const version = istio_version_1.IstioVersion.of(this.root);
        const minor = version.minor;
        const newer = version.warning;
        if (newer !== undefined)
            warnings.push({ path: '', code: istio_version_1.ISTIO_VERSION_NEWER_THAN_SUPPORTED, message: newer, line: newer });
        const checked = new Map();
        const record = (owner, f) => {
            if (owner !== undefined && !this.isChecked(owner, checked))
                return;
            const promoted = this.warningsAsErrors && f.severity === finding_1.Severity.WARNING;
            if ((0, finding_1.isError)(f) || promoted) {
                const line = findingLine(f, promoted);
                if (owner === undefined) {
                    unplaced.push(line);
                }
                else {
                    this.addObjectCheck(owner);
                    const list = errors.get(owner);
                    if (list === undefined)
                        errors.set(owner, [line]);
                    else
                        list.push(line);
                }
            }
            else if (f.severity === finding_1.Severity.WARNING) {
                warnings.push({ path: owner?.node.path ?? '', code: f.code, message: f.message, line: findingLine(f, false) });
            }
        };
        let anyChecked = false;
        for (let i = 0; i < rendered.length; i++) {
            if (!this.isChecked(objects[i], checked))
                continue;
            anyChecked = true;
            let found;
            try {
                found = (0, validation_1.validateObject)(rendered[i]);
                if (minor < istio_version_1.IstioVersion.NEWEST_SUPPORTED)
                    found = found.concat((0, version_gates_1.versionFindings)(rendered[i], minor));
            }
            catch (e) {
                throw new Error(`cdk8s-istio: the validator failed on ${(0, finding_1.describeObject)((0, finding_1.objectRef)(rendered[i]))} at '${objects[i].node.path}': ${errorText(e)}`);
            }
            for (const f of found)
                record(objects[i], f);
        }
        // The analysis reads every object (references into unchecked charts resolve) but only when something is checked.
        const crossObject = anyChecked ? analyzeAll(rendered) : [];
        if (crossObject.length > 0) {
            const byIdentity = new Map();
            for (let i = rendered.length - 1; i >= 0; i--)
                byIdentity.set(identityOf(rendered[i]), objects[i]);
            for (const f of crossObject)
                record(byIdentity.get(identityOfFinding(f)), f);
        }
        this.report(warnings);
        return unplaced;
    }
    /** Whether `obj` is validated: not inside an excluded construct and, when scopes are set, inside one of them. */
    isChecked(obj, memo) {
        const seen = [];
        let verdict;
        for (let c = obj; c !== undefined; c = c.node.scope) {
            verdict = memo.get(c);
            if (verdict !== undefined)
                break;
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
        for (const c of seen)
            memo.set(c, verdict);
        return verdict;
    }
    report(warnings) {
        if (warnings.length === 0)
            return;
        const key = warnings.map((w) => `${w.path}\n${w.line}`).join('\n');
        if (key === this.lastReported)
            return;
        this.lastReported = key;
        queueMicrotask(() => {
            if (this.lastReported === key)
                this.lastReported = undefined;
        });
        this.reporter.report(warnings);
    }
    /** Registers, once per object, the check through which cdk8s reports that object's findings under its own path. */
    addObjectCheck(obj) {
        if (this.withChecks.has(obj))
            return;
        this.withChecks.add(obj);
        obj.node.addValidation({ validate: () => this.take(obj) });
    }
    take(obj) {
        const lines = this.errors.get(obj);
        if (lines === undefined)
            return [];
        this.errors.delete(obj);
        return lines;
    }
}
exports.SynthValidator = SynthValidator;
/** The default reporter: one block per validation with warnings, on standard error. */
exports.STDERR_REPORTER = {
    report(warnings) {
        const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
        process.stderr.write(`cdk8s-istio: mesh validation: ${count} (not fatal; MeshValidation.enable(app, { warningsAsErrors: true }) makes warnings fail synth):\n` +
            warnings.map((w) => `  [${w.path}] ${w.line}\n`).join(''));
    },
};
function analyzeAll(rendered) {
    try {
        return (0, analysis_1.analyze)(rendered);
    }
    catch (e) {
        throw new Error(`cdk8s-istio: the mesh analysis failed: ${errorText(e)}`);
    }
}
/** `Kind ns/name: field.path: message (error IST0106)`; warnings promoted by warningsAsErrors say so. */
function findingLine(f, promoted) {
    const where = f.path ? `${(0, finding_1.describeObject)(f)}: ${f.path}` : (0, finding_1.describeObject)(f);
    const tag = promoted ? `${f.severity} ${f.code}, fatal with warningsAsErrors` : `${f.severity} ${f.code}`;
    return (0, control_chars_1.escapeControlChars)(`${where}: ${f.message} (${tag})`);
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
/** The identity analysis findings name their object by (an unnamespaced object counts as in `default`). */
function identityOf(obj) {
    const r = (0, analysis_1.analysisRef)(obj);
    return `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
}
function identityOfFinding(f) {
    return `${f.apiVersion}|${f.kind}|${f.namespace ?? ''}|${f.name}`;
}
//# sourceMappingURL=synth-validator.js.map