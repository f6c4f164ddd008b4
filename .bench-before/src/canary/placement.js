"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Affinity = exports.UnsatisfiableAction = exports.TaintEffect = exports.TolerationOperator = void 0;
exports.renderPlacement = renderPlacement;
const enum_check_1 = require("../shared/enum-check");
const prop_errors_1 = require("../shared/prop-errors");
const names_1 = require("../validation/util/names");
/** How a toleration matches a taint's value. */
var TolerationOperator;
(function (TolerationOperator) {
    /** The taint's value must equal the toleration's `value`. */
    TolerationOperator["EQUAL"] = "Equal";
    /** Any value (and, without a key, any taint). */
    TolerationOperator["EXISTS"] = "Exists";
})(TolerationOperator || (exports.TolerationOperator = TolerationOperator = {}));
/** What a taint does to pods that do not tolerate it. */
var TaintEffect;
(function (TaintEffect) {
    TaintEffect["NO_SCHEDULE"] = "NoSchedule";
    TaintEffect["PREFER_NO_SCHEDULE"] = "PreferNoSchedule";
    TaintEffect["NO_EXECUTE"] = "NoExecute";
})(TaintEffect || (exports.TaintEffect = TaintEffect = {}));
/** What the scheduler does when a topology spread constraint cannot be met. */
var UnsatisfiableAction;
(function (UnsatisfiableAction) {
    /** Schedule anyway, preferring the least skewed domain (never leaves pods pending). */
    UnsatisfiableAction["SCHEDULE_ANYWAY"] = "ScheduleAnyway";
    /** Keep the pod pending. */
    UnsatisfiableAction["DO_NOT_SCHEDULE"] = "DoNotSchedule";
})(UnsatisfiableAction || (exports.UnsatisfiableAction = UnsatisfiableAction = {}));
var AffinityKind;
(function (AffinityKind) {
    AffinityKind[AffinityKind["REQUIRE_NODE"] = 0] = "REQUIRE_NODE";
    AffinityKind[AffinityKind["PREFER_NODE"] = 1] = "PREFER_NODE";
})(AffinityKind || (AffinityKind = {}));
/** A rule for the nodes a version's pods run on (`affinity.nodeAffinity`). */
class Affinity {
    kind;
    key;
    values;
    weight;
    /** Only nodes whose label `key` has one of `values` (all required rules must hold together). */
    static requireNodeLabelIn(key, values) {
        return new Affinity(AffinityKind.REQUIRE_NODE, key, values, undefined);
    }
    /** Prefer nodes whose label `key` has one of `values`; `weight` 1..100 ranks this preference against others. */
    static preferNodeLabelIn(key, values, weight = 50) {
        return new Affinity(AffinityKind.PREFER_NODE, key, values, weight);
    }
    constructor(kind, key, values, weight) {
        this.kind = kind;
        this.key = key;
        this.values = values;
        this.weight = weight;
    }
    /** @internal */
    _requirement(errors, prop) {
        const keyError = typeof this.key === 'string' ? (0, names_1.labelKeyError)(this.key) : 'must be a string';
        if (keyError)
            throw errors.invalid(`${prop}.key`, keyError);
        if (!Array.isArray(this.values) || this.values.length === 0 || this.values.some((v) => typeof v !== 'string' || (0, names_1.labelValueError)(v) !== undefined)) {
            throw errors.mustBe(`${prop}.values`, 'a non-empty list of label values', this.values);
        }
        const expression = { key: this.key, operator: 'In', values: [...this.values] };
        if (this.kind === AffinityKind.REQUIRE_NODE)
            return { kind: 'require', weight: 0, expression };
        return { kind: 'prefer', weight: (0, prop_errors_1.checkInteger)(errors, `${prop}.weight`, this.weight, 1, 100), expression };
    }
}
exports.Affinity = Affinity;
/** The placement part of the pod spec; `selector` is the version's pod selector (for topology spread). */
function renderPlacement(errors, p, v, selector) {
    const out = {};
    if (v.nodeSelector !== undefined) {
        if (typeof v.nodeSelector !== 'object' || v.nodeSelector === null || Array.isArray(v.nodeSelector) || Object.keys(v.nodeSelector).length === 0) {
            throw errors.mustBe(`${p}.nodeSelector`, 'a non-empty map of node label keys to values', v.nodeSelector);
        }
        const labelErrors = (0, names_1.labelMapErrors)(v.nodeSelector);
        if (labelErrors.length > 0)
            throw errors.invalid(`${p}.nodeSelector`, labelErrors.join('; '));
        out.nodeSelector = { ...v.nodeSelector };
    }
    if (v.tolerations !== undefined)
        out.tolerations = list(errors, `${p}.tolerations`, v.tolerations, 'Toleration').map((t, i) => toleration(errors, `${p}.tolerations[${i}]`, t));
    if (v.affinity !== undefined) {
        const rules = list(errors, `${p}.affinity`, v.affinity, 'Affinity').map((a, i) => {
            if (!(a instanceof Affinity))
                throw errors.mustBe(`${p}.affinity[${i}]`, 'an Affinity (Affinity.requireNodeLabelIn or preferNodeLabelIn)', a);
            return a._requirement(errors, `${p}.affinity[${i}]`);
        });
        const required = rules.filter((r) => r.kind === 'require').map((r) => r.expression);
        const preferred = rules.filter((r) => r.kind === 'prefer').map((r) => ({ weight: r.weight, preference: { matchExpressions: [r.expression] } }));
        out.affinity = {
            nodeAffinity: {
                // One term: its expressions must all hold (separate terms would be alternatives).
                ...(required.length > 0 ? { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: required }] } } : {}),
                ...(preferred.length > 0 ? { preferredDuringSchedulingIgnoredDuringExecution: preferred } : {}),
            },
        };
    }
    if (v.topologySpread !== undefined) {
        const keys = new Set();
        out.topologySpreadConstraints = list(errors, `${p}.topologySpread`, v.topologySpread, 'TopologySpread').map((t, i) => {
            const at = `${p}.topologySpread[${i}]`;
            if (typeof t !== 'object' || t === null)
                throw errors.mustBe(at, 'a TopologySpread ({ topologyKey })', t);
            const keyError = typeof t.topologyKey === 'string' ? (0, names_1.labelKeyError)(t.topologyKey) : 'must be a string';
            if (keyError)
                throw errors.invalid(`${at}.topologyKey`, keyError);
            const action = t.whenUnsatisfiable ?? UnsatisfiableAction.SCHEDULE_ANYWAY;
            if (!(0, enum_check_1.isEnumValue)(UnsatisfiableAction, action))
                throw errors.mustBe(`${at}.whenUnsatisfiable`, (0, enum_check_1.enumChoices)('UnsatisfiableAction', UnsatisfiableAction), action);
            // The API server rejects two constraints with the same key and action; one per key is the sensible rule.
            if (keys.has(t.topologyKey))
                throw errors.mustBe(`${at}.topologyKey`, 'a key no other topologySpread entry uses', t.topologyKey);
            keys.add(t.topologyKey);
            return {
                topologyKey: t.topologyKey,
                maxSkew: (0, prop_errors_1.checkInteger)(errors, `${at}.maxSkew`, t.maxSkew ?? 1, 1, 2147483647),
                whenUnsatisfiable: action,
                labelSelector: { matchLabels: { ...selector } },
            };
        });
    }
    return out;
}
function list(errors, prop, value, what) {
    if (!Array.isArray(value) || value.length === 0)
        throw errors.mustBe(prop, `a non-empty list of ${what} (leave it out for none)`, value);
    return value;
}
function toleration(errors, at, t) {
    if (typeof t !== 'object' || t === null)
        throw errors.mustBe(at, 'a Toleration ({ key, operator, value, effect })', t);
    const operator = t.operator ?? TolerationOperator.EQUAL;
    if (!(0, enum_check_1.isEnumValue)(TolerationOperator, operator))
        throw errors.mustBe(`${at}.operator`, (0, enum_check_1.enumChoices)('TolerationOperator', TolerationOperator), operator);
    if (t.key !== undefined) {
        const keyError = typeof t.key === 'string' ? (0, names_1.labelKeyError)(t.key) : 'must be a string';
        if (keyError)
            throw errors.invalid(`${at}.key`, keyError);
    }
    else if (operator !== TolerationOperator.EXISTS) {
        throw errors.mustBe(`${at}.operator`, "TolerationOperator.EXISTS when 'key' is left out (a toleration of every taint)", operator);
    }
    if (t.value !== undefined) {
        const valueError = typeof t.value === 'string' ? (0, names_1.labelValueError)(t.value) : 'must be a string';
        if (valueError)
            throw errors.invalid(`${at}.value`, valueError);
        if (operator === TolerationOperator.EXISTS && t.value !== '')
            throw errors.mustBe(`${at}.value`, 'left out with TolerationOperator.EXISTS', t.value);
    }
    if (t.effect !== undefined && !(0, enum_check_1.isEnumValue)(TaintEffect, t.effect))
        throw errors.mustBe(`${at}.effect`, (0, enum_check_1.enumChoices)('TaintEffect', TaintEffect), t.effect);
    if (t.tolerationSeconds !== undefined && t.effect !== TaintEffect.NO_EXECUTE) {
        throw errors.mustBe(`${at}.tolerationSeconds`, "left out unless 'effect' is TaintEffect.NO_EXECUTE", t.tolerationSeconds);
    }
    return {
        ...(t.key !== undefined ? { key: t.key } : {}),
        operator,
        ...(t.value !== undefined ? { value: t.value } : {}),
        ...(t.effect !== undefined ? { effect: t.effect } : {}),
        ...(t.tolerationSeconds !== undefined ? { tolerationSeconds: (0, prop_errors_1.checkInteger)(errors, `${at}.tolerationSeconds`, t.tolerationSeconds, 0, Number.MAX_SAFE_INTEGER) } : {}),
    };
}
//# sourceMappingURL=placement.js.map