import * as k8s from '../../imports/k8s';
import type { CanaryServiceVersion } from './canary-service-version';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { kubeWireJson } from './kube-wire';
import { LabelSelector, renderLabelSelector } from './label-selector';
import { dns1123LabelError, labelKeyError, labelMapErrors, labelValueError } from '../validation/util/names';

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

/**
 * Which pods a pod affinity or anti-affinity rule is about, and what "near" means for them. The scheduler compares
 * the value of the node label `topologyKey` on the candidate node with the nodes where the selected pods run.
 */
export interface PodAffinityTerm {
  /**
   * The node label that defines "the same place": "kubernetes.io/hostname" (the same node) or
   * "topology.kubernetes.io/zone" (the same zone).
   */
  readonly topologyKey: string;
  /**
   * The pods the rule is about.
   * @default - the version's own pods (its `app` and `version` labels)
   */
  readonly selector?: LabelSelector;
  /**
   * Namespaces whose pods count (together with those `namespaceSelector` selects).
   * @default - the pod's own namespace (unless `namespaceSelector` is given)
   */
  readonly namespaces?: string[];
  /**
   * Namespaces, by their labels, whose pods count; `{}` means every namespace.
   * @default - none (only `namespaces`, or the pod's own namespace)
   */
  readonly namespaceSelector?: LabelSelector;
}

enum AffinityKind { REQUIRE_NODE, PREFER_NODE, REQUIRE_POD, PREFER_POD, REQUIRE_POD_APART, PREFER_POD_APART }

const NODE_KINDS = [AffinityKind.REQUIRE_NODE, AffinityKind.PREFER_NODE];
const PREFERRED_KINDS = [AffinityKind.PREFER_NODE, AffinityKind.PREFER_POD, AffinityKind.PREFER_POD_APART];
const AFFINITY_FACTORIES = 'an Affinity (Affinity.requireNodeLabelIn, preferNodeLabelIn, requirePodAffinity, preferPodAffinity, ' +
  'requirePodAntiAffinity or preferPodAntiAffinity)';

/** One checked rule, ready to be grouped into the pod's `affinity` field. */
interface AffinityRule {
  readonly kind: AffinityKind;
  readonly weight: number;
  readonly expression?: k8s.NodeSelectorRequirement;
  readonly term?: k8s.PodAffinityTerm;
}

/**
 * A scheduling rule for a version's pods (`affinity`): which nodes they run on (node affinity), and which other
 * pods they run near (pod affinity) or away from (pod anti-affinity). Required rules must all hold or the pod stays
 * pending; preferred ones rank the nodes that pass, by the sum of their weights (1..100).
 */
export class Affinity {
  /** Only nodes whose label `key` has one of `values` (all required rules must hold together). */
  public static requireNodeLabelIn(key: string, values: string[]): Affinity {
    return new Affinity(AffinityKind.REQUIRE_NODE, key, values, undefined, undefined);
  }

  /** Prefer nodes whose label `key` has one of `values`; `weight` 1..100 ranks this preference against others. */
  public static preferNodeLabelIn(key: string, values: string[], weight: number = 50): Affinity {
    return new Affinity(AffinityKind.PREFER_NODE, key, values, weight, undefined);
  }

  /** Only places (per `term.topologyKey`) where pods that `term` selects already run, e.g. next to a cache. */
  public static requirePodAffinity(term: PodAffinityTerm): Affinity {
    return new Affinity(AffinityKind.REQUIRE_POD, undefined, undefined, undefined, term);
  }

  /** Prefer places where pods that `term` selects run; `weight` 1..100. */
  public static preferPodAffinity(term: PodAffinityTerm, weight: number = 50): Affinity {
    return new Affinity(AffinityKind.PREFER_POD, undefined, undefined, weight, term);
  }

  /**
   * Never a place where pods that `term` selects run. With the version's own pods and "kubernetes.io/hostname",
   * every replica needs a node of its own: replicas (and a rolling update's surge) beyond the nodes stay pending.
   */
  public static requirePodAntiAffinity(term: PodAffinityTerm): Affinity {
    return new Affinity(AffinityKind.REQUIRE_POD_APART, undefined, undefined, undefined, term);
  }

  /** Prefer places where no pod that `term` selects runs; `weight` 1..100 (never leaves a pod pending). */
  public static preferPodAntiAffinity(term: PodAffinityTerm, weight: number = 50): Affinity {
    return new Affinity(AffinityKind.PREFER_POD_APART, undefined, undefined, weight, term);
  }

  private constructor(private readonly kind: AffinityKind, private readonly key: string | undefined, private readonly values: string[] | undefined,
    private readonly weight: number | undefined, private readonly term: PodAffinityTerm | undefined) {}

  /** The checked rule; `ownLabels` select the version's pods (a pod term's default). @internal */
  public _rule(errors: PropErrors, prop: string, ownLabels: { [key: string]: string }): AffinityRule {
    const weight = PREFERRED_KINDS.includes(this.kind) ? checkInteger(errors, `${prop}.weight`, this.weight as number, 1, 100) : 0;
    if (!NODE_KINDS.includes(this.kind)) return { kind: this.kind, weight, term: podTerm(errors, `${prop}.term`, this.term as PodAffinityTerm, ownLabels) };
    const keyError = typeof this.key === 'string' ? labelKeyError(this.key) : 'must be a string';
    if (keyError) throw errors.invalid(`${prop}.key`, keyError);
    if (!Array.isArray(this.values) || this.values.length === 0 || this.values.some((v) => typeof v !== 'string' || labelValueError(v) !== undefined)) {
      throw errors.mustBe(`${prop}.values`, 'a non-empty list of label values', this.values);
    }
    return { kind: this.kind, weight, expression: { key: this.key as string, operator: 'In', values: [...this.values] } };
  }
}

function podTerm(errors: PropErrors, at: string, t: PodAffinityTerm, ownLabels: { [key: string]: string }): k8s.PodAffinityTerm {
  if (typeof t !== 'object' || t === null || Array.isArray(t)) throw errors.mustBe(at, 'a PodAffinityTerm ({ topologyKey, selector, namespaces })', t);
  const keyError = typeof t.topologyKey === 'string' ? labelKeyError(t.topologyKey) : 'must be a string';
  if (keyError) throw errors.invalid(`${at}.topologyKey`, keyError);
  const labelSelector = t.selector === undefined || t.selector === null ? { matchLabels: { ...ownLabels } } : renderLabelSelector(errors, `${at}.selector`, t.selector);
  let namespaces: string[] | undefined;
  if (t.namespaces !== undefined && t.namespaces !== null) {
    if (!Array.isArray(t.namespaces) || t.namespaces.length === 0) throw errors.mustBe(`${at}.namespaces`, 'a non-empty list of namespace names (leave it out for the own namespace)', t.namespaces);
    namespaces = t.namespaces.map((n, i) => {
      const error = typeof n === 'string' ? dns1123LabelError(n) : 'must be a string';
      if (error) throw errors.invalid(`${at}.namespaces[${i}]`, `namespace name ${error}`);
      return n;
    });
  }
  const namespaceSelector = t.namespaceSelector === undefined || t.namespaceSelector === null ? undefined
    : renderLabelSelector(errors, `${at}.namespaceSelector`, t.namespaceSelector, true);
  return {
    topologyKey: t.topologyKey,
    labelSelector,
    ...(namespaces ? { namespaces } : {}),
    ...(namespaceSelector ? { namespaceSelector } : {}),
  };
}

/**
 * How a version's pods are spread by default: preferred pod anti-affinity against the version's own pods. Preferred
 * never leaves a pod pending (a one-node cluster still runs every replica), unlike `Affinity.requirePodAntiAffinity`
 * or a DO_NOT_SCHEDULE `topologySpread`.
 */
export enum PodSpreading {
  /** Prefer a different node for each pod (topology key "kubernetes.io/hostname", weight 100). */
  ACROSS_NODES = 'AcrossNodes',
  /** Prefer a different zone (weight 100), then a different node (weight 50). */
  ACROSS_ZONES = 'AcrossZones',
  /** No spreading preference of ours (the scheduler's defaults only). */
  NONE = 'None',
}

const HOSTNAME = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';

/** Pod placement fields of a version's pod spec, checked: the version props' own fields, so the two cannot drift. */
export type PlacementInput = Pick<CanaryServiceVersion,
'nodeSelector' | 'tolerations' | 'affinity' | 'spreadPods' | 'rawAffinity' | 'topologySpread'>;

export interface PlacementJson {
  nodeSelector?: { [key: string]: string };
  tolerations?: k8s.Toleration[];
  affinity?: k8s.Affinity;
  topologySpreadConstraints?: k8s.TopologySpreadConstraint[];
}

/**
 * The placement part of the pod spec; `selector` is the version's pod selector (topology spread, the default pod
 * terms), `multiplePods` whether the version may run more than one pod (which turns the default spreading on).
 */
export function renderPlacement(errors: PropErrors, p: string, v: PlacementInput, selector: { [key: string]: string }, multiplePods: boolean): PlacementJson {
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
  const affinity = renderAffinity(errors, p, v, selector, multiplePods);
  if (affinity) out.affinity = affinity;
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

/** The pod's `affinity`: the raw value as given, or the typed rules plus the spreading preference; undefined for none. */
function renderAffinity(errors: PropErrors, p: string, v: PlacementInput, ownLabels: { [key: string]: string }, multiplePods: boolean): k8s.Affinity | undefined {
  if (v.spreadPods !== undefined && !isEnumValue(PodSpreading, v.spreadPods)) throw errors.mustBe(`${p}.spreadPods`, enumChoices('PodSpreading', PodSpreading), v.spreadPods);
  if (v.rawAffinity !== undefined) {
    if (v.affinity !== undefined) throw errors.mustBe(`${p}.affinity`, "left out with 'rawAffinity' (the raw value is the whole affinity field: write every rule there)",
      Array.isArray(v.affinity) ? `${v.affinity.length} Affinity rule(s)` : v.affinity);
    if (v.spreadPods !== undefined && v.spreadPods !== PodSpreading.NONE) {
      throw errors.mustBe(`${p}.spreadPods`, "left out with 'rawAffinity' (the raw value is the whole affinity field: write the anti-affinity there)", v.spreadPods);
    }
    if (typeof v.rawAffinity !== 'object' || v.rawAffinity === null || Array.isArray(v.rawAffinity)) {
      throw errors.mustBe(`${p}.rawAffinity`, 'a Kubernetes Affinity object ({ nodeAffinity, podAffinity, podAntiAffinity })', v.rawAffinity);
    }
    return kubeWireJson(errors, `${p}.rawAffinity`, v.rawAffinity) as k8s.Affinity;
  }
  const rules = v.affinity === undefined ? [] : list(errors, `${p}.affinity`, v.affinity, 'Affinity').map((a, i) => {
    if (!(a instanceof Affinity)) throw errors.mustBe(`${p}.affinity[${i}]`, AFFINITY_FACTORIES, a);
    return a._rule(errors, `${p}.affinity[${i}]`, ownLabels);
  });
  const spreading = v.spreadPods ?? (multiplePods ? PodSpreading.ACROSS_NODES : PodSpreading.NONE);
  const apart = (topologyKey: string, weight: number): AffinityRule => ({ kind: AffinityKind.PREFER_POD_APART, weight, term: { topologyKey, labelSelector: { matchLabels: { ...ownLabels } } } });
  if (spreading === PodSpreading.ACROSS_NODES) rules.push(apart(HOSTNAME, 100));
  if (spreading === PodSpreading.ACROSS_ZONES) rules.push(apart(ZONE, 100), apart(HOSTNAME, 50));
  const of = (kind: AffinityKind) => rules.filter((r) => r.kind === kind);
  const terms = (kind: AffinityKind) => of(kind).map((r) => r.term as k8s.PodAffinityTerm);
  const weighted = (kind: AffinityKind) => of(kind).map((r) => ({ weight: r.weight, podAffinityTerm: r.term as k8s.PodAffinityTerm }));
  const group = (required: unknown, preferred: unknown[]) => (required === undefined && preferred.length === 0 ? undefined : {
    ...(required !== undefined ? { requiredDuringSchedulingIgnoredDuringExecution: required } : {}),
    ...(preferred.length > 0 ? { preferredDuringSchedulingIgnoredDuringExecution: preferred } : {}),
  });
  const nodeRequired = of(AffinityKind.REQUIRE_NODE).map((r) => r.expression as k8s.NodeSelectorRequirement);
  const nodePreferred = of(AffinityKind.PREFER_NODE).map((r) => ({ weight: r.weight, preference: { matchExpressions: [r.expression as k8s.NodeSelectorRequirement] } }));
  const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : undefined);
  // One node selector term: its expressions must all hold (separate terms would be alternatives).
  const nodeAffinity = group(nodeRequired.length > 0 ? { nodeSelectorTerms: [{ matchExpressions: nodeRequired }] } : undefined, nodePreferred);
  const podAffinity = group(nonEmpty(terms(AffinityKind.REQUIRE_POD)), weighted(AffinityKind.PREFER_POD));
  const podAntiAffinity = group(nonEmpty(terms(AffinityKind.REQUIRE_POD_APART)), weighted(AffinityKind.PREFER_POD_APART));
  if (!nodeAffinity && !podAffinity && !podAntiAffinity) return undefined;
  return { ...(nodeAffinity ? { nodeAffinity } : {}), ...(podAffinity ? { podAffinity } : {}), ...(podAntiAffinity ? { podAntiAffinity } : {}) } as k8s.Affinity;
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
