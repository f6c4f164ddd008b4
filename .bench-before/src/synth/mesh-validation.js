"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeshValidation = void 0;
const mesh_state_1 = require("../shared/mesh-state");
const synth_validator_1 = require("./synth-validator");
/**
 * Validates every object of an app (CRD schema + CEL, istiod's webhook rules, cross-object mesh analysis; every kind
 * the validator has a family for) inside `app.synth()`, `app.synthYaml()` and `chart.toJson()` / `Testing.synth(chart)`.
 * The user's own L1 objects and `Include`d YAML are checked too.
 *
 * Errors fail synth through cdk8s's own validation error, one line per finding, prefixed with the path of the
 * offending ApiObject: `[chart/canary/VirtualService] VirtualService ns/name: spec.http[0]...: message (error IST0106)`.
 * Warnings go to the reporter (standard error by default) and do not fail synth, unless `warningsAsErrors` is set.
 * Every construct of this library switches validation on for its app; call `MeshValidation.enable(app)` for an app
 * that only uses L1 objects or `Include`.
 *
 * It plugs into cdk8s through `node.addValidation` only: on a plain `App`, cdk8s validates the whole app once at the
 * start of `app.synth()` and again inside every `chart.toJson()`, and each time every object is rendered and checked
 * afresh (correct, but O(charts × objects)); `IstioApp` synthesizes with one render and one validation per object.
 */
class MeshValidation {
    validator;
    /**
     * Switches validation on for the app that contains `scope` (idempotent). Options given later win, field by field;
     * the library's constructs call this without options.
     */
    static enable(scope, options = {}) {
        const validator = (0, synth_validator_1.validatorOf)(scope);
        validator.configure(options);
        return new MeshValidation(validator);
    }
    /** Whether validation is on for the app that contains `scope`. */
    static isEnabled(scope) {
        return (0, synth_validator_1.findValidator)(scope) !== undefined;
    }
    /**
     * Switches validation off for the objects inside `scope` (typically a chart, e.g. an untouched legacy chart): they
     * are not checked and no finding about them is reported, while the cross-object analysis still reads them. Does not
     * switch validation on.
     */
    static exclude(scope) {
        (0, synth_validator_1.excludedIn)(mesh_state_1.MeshState.of(scope)).add(scope);
    }
    /** The default reporter: each validation's warnings as one block on standard error. */
    static stderrReporter() {
        return synth_validator_1.STDERR_REPORTER;
    }
    constructor(validator) {
        this.validator = validator;
    }
    /** Whether warnings fail synth. */
    get warningsAsErrors() {
        return this.validator.warningsAsErrors;
    }
}
exports.MeshValidation = MeshValidation;
//# sourceMappingURL=mesh-validation.js.map