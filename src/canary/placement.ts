import * as k8s from '../../imports/k8s';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { labelKeyError, labelMapErrors, labelValueError } from '../validation/util/names';

/** How a toleration matches a taint's value. */
export enum TolerationOperator {
  /** The taint's value must equal the toleration's `value`. */
  EQUAL = 'Equal',
  /** Any value (and, without a key, any taint). */
  EXISTS = 'Exists',
}

/** What a taint does to pods that do not tolerate it. */
export enum TaintEffect {
  NO_SCHEDULE = 'NoSchedule',
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  NO_EXECUTE = 'NoExecute',
}

/** A node taint the version's pods tolerate. */
export interface Toleration {
  /**
   * The taint key (a label key).
   * @default - every key (needs TolerationOperator.EXISTS)
   */
  readonly key?: string;
  /**
   * How the value is matched.
   * @default TolerationOperator.EQUAL
   */
  readonly operator?: TolerationOperator;
  /**
   * The taint value (with TolerationOperator.EQUAL).
   * @default ''
   */
  readonly value?: string;
  /**
   * The taint effect tolerated.
   * @default - every effect
   */
  readonly effect?: TaintEffect;
  /**
   * How long a NoExecute taint is tolerated before the pod is evicted (TaintEffect.NO_EXECUTE only).
   * @default - forever
   */
  readonly tolerationSeconds?: number;
}

/** What the scheduler does when a topology spread constraint cannot be met. */
export enum UnsatisfiableAction {
  /** Schedule anyway, preferring the least skewed domain (never leaves pods pending). */
  SCHEDULE_ANYWAY = 'ScheduleAnyway',
  /** Keep the pod pending. */
  DO_NOT_SCHEDULE = 'DoNotSchedule',
}

/**
 * Spread a version's pods across topology domains (nodes, zones). The constraint counts the pods of the same
 * version (its `app` and `version` labels).
 */
export interface TopologySpread {
  /** The node label that defines the domains, e.g. "topology.kubernetes.io/zone" or "kubernetes.io/hostname". */
  readonly topologyKey: string;
  /**
   * The largest allowed difference in pod count between two domains.
   * @default 1
   */
  readonly maxSkew?: number;
  /**
   * What happens when the constraint cannot be met.
   * @default UnsatisfiableAction.SCHEDULE_ANYWAY
   */
  readonly whenUnsatisfiable?: UnsatisfiableAction;
}

enum AffinityKind { REQUIRE_NODE, PREFER_NODE }

/** A rule for the nodes a version's pods run on (`affinity.nodeAffinity`). */
export class Affinity {
  /** Only nodes whose label `key` has one of `values` (all required rules must hold together). */
  public static requireNodeLabelIn(key: string, values: string[]): Affinity {
    return new Affinity(AffinityKind.REQUIRE_NODE, key, values, undefined);
  }

  /** Prefer nodes whose label `key` has one of `values`; `weight` 1..100 ranks this preference against others. */
  public static preferNodeLabelIn(key: string, values: string[], weight: number = 50): Affinity {
    return new Affinity(AffinityKind.PREFER_NODE, key, values, weight);
  }

  private constructor(private readonly kind: AffinityKind, private readonly key: string, private readonly values: string[],
    private readonly weight: number | undefined) {}

  /** @internal */
  public _requirement(errors: PropErrors, prop: string): { kind: 'require' | 'prefer'; weight: number; expression: k8s.NodeSelectorRequirement } {
    const keyError = typeof this.key === 'string' ? labelKeyError(this.key) : 'must be a string';
    if (keyError) throw errors.invalid(`${prop}.key`, keyError);
    if (!Array.isArray(this.values) || this.values.length === 0 || this.values.some((v) => typeof v !== 'string' || labelValueError(v) !== undefined)) {
      throw errors.mustBe(`${prop}.values`, 'a non-empty list of label values', this.values);
    }
    const expression = { key: this.key, operator: 'In', values: [...this.values] };
    if (this.kind === AffinityKind.REQUIRE_NODE) return { kind: 'require', weight: 0, expression };
    return { kind: 'prefer', weight: checkInteger(errors, `${prop}.weight`, this.weight as number, 1, 100), expression };
  }
}

/** Pod placement fields of a version's pod spec, checked. */
export interface PlacementInput {
  readonly nodeSelector?: { [key: string]: string };
  readonly tolerations?: Toleration[];
  readonly affinity?: Affinity[];
  readonly topologySpread?: TopologySpread[];
}

export interface PlacementJson {
  nodeSelector?: { [key: string]: string };
  tolerations?: k8s.Toleration[];
  affinity?: k8s.Affinity;
  topologySpreadConstraints?: k8s.TopologySpreadConstraint[];
}

/** The placement part of the pod spec; `selector` is the version's pod selector (for topology spread). */
export function renderPlacement(errors: PropErrors, p: string, v: PlacementInput, selector: { [key: string]: string }): PlacementJson {
  const out: PlacementJson = {};
  if (v.nodeSelector !== undefined) {
    if (typeof v.nodeSelector !== 'object' || v.nodeSelector === null || Array.isArray(v.nodeSelector) || Object.keys(v.nodeSelector).length === 0) {
      throw errors.mustBe(`${p}.nodeSelector`, 'a non-empty map of node label keys to values', v.nodeSelector);
    }
    const labelErrors = labelMapErrors(v.nodeSelector);
    if (labelErrors.length > 0) throw errors.invalid(`${p}.nodeSelector`, labelErrors.join('; '));
    out.nodeSelector = { ...v.nodeSelector };
  }
  if (v.tolerations !== undefined) out.tolerations = list(errors, `${p}.tolerations`, v.tolerations, 'Toleration').map((t, i) => toleration(errors, `${p}.tolerations[${i}]`, t));
  if (v.affinity !== undefined) {
    const rules = list(errors, `${p}.affinity`, v.affinity, 'Affinity').map((a, i) => {
      if (!(a instanceof Affinity)) throw errors.mustBe(`${p}.affinity[${i}]`, 'an Affinity (Affinity.requireNodeLabelIn or preferNodeLabelIn)', a);
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
    const keys = new Set<string>();
    out.topologySpreadConstraints = list(errors, `${p}.topologySpread`, v.topologySpread, 'TopologySpread').map((t, i) => {
      const at = `${p}.topologySpread[${i}]`;
      if (typeof t !== 'object' || t === null) throw errors.mustBe(at, 'a TopologySpread ({ topologyKey })', t);
      const keyError = typeof t.topologyKey === 'string' ? labelKeyError(t.topologyKey) : 'must be a string';
      if (keyError) throw errors.invalid(`${at}.topologyKey`, keyError);
      const action = t.whenUnsatisfiable ?? UnsatisfiableAction.SCHEDULE_ANYWAY;
      if (!isEnumValue(UnsatisfiableAction, action)) throw errors.mustBe(`${at}.whenUnsatisfiable`, enumChoices('UnsatisfiableAction', UnsatisfiableAction), action);
      // The API server rejects two constraints with the same key and action; one per key is the sensible rule.
      if (keys.has(t.topologyKey)) throw errors.mustBe(`${at}.topologyKey`, 'a key no other topologySpread entry uses', t.topologyKey);
      keys.add(t.topologyKey);
      return {
        topologyKey: t.topologyKey,
        maxSkew: checkInteger(errors, `${at}.maxSkew`, t.maxSkew ?? 1, 1, 2147483647),
        whenUnsatisfiable: action,
        labelSelector: { matchLabels: { ...selector } },
      };
    });
  }
  return out;
}

function list<T>(errors: PropErrors, prop: string, value: T[], what: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw errors.mustBe(prop, `a non-empty list of ${what} (leave it out for none)`, value);
  return value;
}

function toleration(errors: PropErrors, at: string, t: Toleration): k8s.Toleration {
  if (typeof t !== 'object' || t === null) throw errors.mustBe(at, 'a Toleration ({ key, operator, value, effect })', t);
  const operator = t.operator ?? TolerationOperator.EQUAL;
  if (!isEnumValue(TolerationOperator, operator)) throw errors.mustBe(`${at}.operator`, enumChoices('TolerationOperator', TolerationOperator), operator);
  if (t.key !== undefined) {
    const keyError = typeof t.key === 'string' ? labelKeyError(t.key) : 'must be a string';
    if (keyError) throw errors.invalid(`${at}.key`, keyError);
  } else if (operator !== TolerationOperator.EXISTS) {
    throw errors.mustBe(`${at}.operator`, "TolerationOperator.EXISTS when 'key' is left out (a toleration of every taint)", operator);
  }
  if (t.value !== undefined) {
    const valueError = typeof t.value === 'string' ? labelValueError(t.value) : 'must be a string';
    if (valueError) throw errors.invalid(`${at}.value`, valueError);
    if (operator === TolerationOperator.EXISTS && t.value !== '') throw errors.mustBe(`${at}.value`, 'left out with TolerationOperator.EXISTS', t.value);
  }
  if (t.effect !== undefined && !isEnumValue(TaintEffect, t.effect)) throw errors.mustBe(`${at}.effect`, enumChoices('TaintEffect', TaintEffect), t.effect);
  if (t.tolerationSeconds !== undefined && t.effect !== TaintEffect.NO_EXECUTE) {
    throw errors.mustBe(`${at}.tolerationSeconds`, "left out unless 'effect' is TaintEffect.NO_EXECUTE", t.tolerationSeconds);
  }
  return {
    ...(t.key !== undefined ? { key: t.key } : {}),
    operator,
    ...(t.value !== undefined ? { value: t.value } : {}),
    ...(t.effect !== undefined ? { effect: t.effect } : {}),
    ...(t.tolerationSeconds !== undefined ? { tolerationSeconds: checkInteger(errors, `${at}.tolerationSeconds`, t.tolerationSeconds, 0, Number.MAX_SAFE_INTEGER) } : {}),
  };
}
