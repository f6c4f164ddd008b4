/**
 * `check-transition`: replays `kubectl apply` of `<to>` over a cluster holding `<from>` and reports every
 * intermediate state that stops serving traffic `<from>` served.
 *
 * The apply order is kubectl's: `kubectl apply -f` sends objects one by one, in the order it reads them (files
 * in lexical order of their paths, a directory walked in lexical order and recursively with -R, documents in
 * file order); it never sorts by kind and does not wait for rollouts. An applied Deployment counts as having its
 * pods at once, so a version that is new in `<to>` should first get no traffic (see the promotion path).
 *
 * Objects of `<from>` that `<to>` lacks are deleted at the end, as `kubectl apply --prune` does when every kind
 * of the inputs is in its prune allowlist (or as a `kubectl delete` after the apply). kubectl prunes kind by kind,
 * so the order of those deletions is not the file order; the check takes the worst one: every pruned Service,
 * workload and DestinationRule gone while the pruned routes (VirtualService, HTTPRoute) still exist.
 */
import { describeObject } from '../validation/finding';
import { Resource } from '../validation/analysis/resource';
import { ClusterState, objectKey, SourcedObject } from './cluster-state';
import { affectsTraffic, Described, isRoute, ProblemKind, TrafficProblem, trafficProblems } from './traffic';

export enum StepAction {
  APPLY = 'apply',
  PRUNE = 'prune',
}

/** Where a route object was read from, and which side of the transition its version belongs to. */
export interface RouteOrigin {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly file: string;
  readonly document: number;
}

/** One state on the way that fails traffic the cluster served before. */
export interface TransitionFinding {
  /** 1-based step: the apply of the n-th object of `<to>`, or the prune after the last apply. */
  readonly step: number;
  readonly action: StepAction;
  /** The object(s) this step writes or deletes, e.g. `DestinationRule billing/billing-service`. */
  readonly objects: readonly string[];
  /** The route that stops being served. */
  readonly route: RouteOrigin;
  readonly path: string;
  readonly problem: ProblemKind;
  readonly message: string;
  /** How to stage the change so that no state drops the traffic. */
  readonly fix: string;
}

export interface TransitionResult {
  /** Objects applied (every object of `<to>`) and pruned (objects of `<from>` that `<to>` lacks). */
  readonly applied: number;
  readonly pruned: number;
  readonly findings: readonly TransitionFinding[];
}

/** One state of the replay that the check looked at. */
interface Checkpoint {
  readonly step: number;
  readonly action: StepAction;
  readonly objects: readonly SourcedObject[];
  readonly state: ClusterState;
  readonly problems: ReadonlyMap<string, TrafficProblem>;
  /** For the end of the prune: the routes it deletes. */
  readonly deletedRoutes?: readonly SourcedObject[];
}

export function checkTransition(from: readonly SourcedObject[], to: readonly SourcedObject[]): TransitionResult {
  return new Replay(from, to).run();
}

class Replay {
  private readonly start: ClusterState;
  private readonly described: Described;
  private readonly baseline: ReadonlyMap<string, TrafficProblem>;

  constructor(private readonly from: readonly SourcedObject[], private readonly to: readonly SourcedObject[]) {
    this.start = ClusterState.of(from);
    this.described = new Described([this.start, ClusterState.of(to)]);
    this.baseline = this.problemsOf(this.start);
  }

  public run(): TransitionResult {
    const checkpoints = this.checkpoints();
    const findings: TransitionFinding[] = [];
    const reported = new Set<string>();
    checkpoints.forEach((cp, i) => {
      for (const [id, problem] of cp.problems) {
        if (this.baseline.has(id) || reported.has(id)) continue;
        reported.add(id);
        const fixedAt = checkpoints.slice(i + 1).find((later) => !later.problems.has(id));
        const before = i === 0 ? this.start : checkpoints[i - 1].state;
        findings.push(this.describe(cp, problem, fixedAt, before));
      }
    });
    const pruned = checkpoints.filter((cp) => cp.action === StepAction.PRUNE).reduce((n, cp) => n + cp.objects.length, 0);
    return { applied: this.to.length, pruned, findings };
  }

  private problemsOf(state: ClusterState): Map<string, TrafficProblem> {
    return new Map(trafficProblems(state, this.start, this.described).map((p) => [p.id, p]));
  }

  private checkpoints(): Checkpoint[] {
    const checkpoints: Checkpoint[] = [];
    let state = this.start;
    let problems = this.baseline;
    this.to.forEach((object, i) => {
      const key = objectKey(object.resource);
      const before = state.get(key);
      state = state.with(object);
      const changed = before === undefined || JSON.stringify(before.resource.raw) !== JSON.stringify(object.resource.raw);
      if (changed && (affectsTraffic(object.resource) || (before && affectsTraffic(before.resource)))) problems = this.problemsOf(state);
      checkpoints.push({ step: i + 1, action: StepAction.APPLY, objects: [object], state, problems });
    });

    const toKeys = new Set(this.to.map((o) => objectKey(o.resource)));
    const prunedByKey = new Map<string, SourcedObject>();
    for (const o of this.from) if (!toKeys.has(objectKey(o.resource))) prunedByKey.set(objectKey(o.resource), o);
    const pruned = [...prunedByKey.values()];
    if (pruned.length > 0) {
      const step = this.to.length + 1;
      const targets = pruned.filter((o) => !isRoute(o.resource));
      const routes = pruned.filter((o) => isRoute(o.resource));
      const worst = state.without(targets.map((o) => objectKey(o.resource)));
      checkpoints.push({ step, action: StepAction.PRUNE, objects: targets, state: worst, problems: this.problemsOf(worst) });
      const end = worst.without(routes.map((o) => objectKey(o.resource)));
      checkpoints.push({ step, action: StepAction.PRUNE, objects: routes, state: end, problems: this.problemsOf(end), deletedRoutes: routes });
    }
    return checkpoints;
  }

  private describe(cp: Checkpoint, problem: TrafficProblem, fixedAt: Checkpoint | undefined, before: ClusterState): TransitionFinding {
    const routeObject = cp.state.get(problem.routeKey)!;
    const side = this.to.includes(routeObject) ? '<to>' : '<from>';
    const breakers = cp.action === StepAction.APPLY ? cp.objects : neededBy(problem, cp.objects);
    const names = breakers.map((o) => describeObject(o.resource));
    const route = describeObject(problem.route);
    let fix: string;
    if (fixedAt === undefined) {
      fix = `<to> itself leaves this traffic unserved: change <to> so that ${route} ${problem.path} names what exists`;
    } else if (fixedAt.deletedRoutes !== undefined) {
      fix = `apply in two steps: first remove ${route} (apply <to> while ${names.join(', ')} still exist), then prune ` +
        `${names.join(', ')} in a later apply; kubectl prunes kind by kind and may delete them before ${route}`;
    } else {
      const fixers = fixedAt.objects;
      fix = this.reorderIsSafe(before, fixers)
        ? `apply in two steps: first ${fixers.map((o) => describeObject(o.resource)).join(', ')}, then ` +
          `${cp.action === StepAction.PRUNE ? 'prune ' : ''}${names.join(', ')}${retiringHint(problem, breakers)}`
        : additiveFix(problem, fixers, breakers);
    }
    return {
      step: cp.step,
      action: cp.action,
      objects: names,
      route: {
        kind: problem.route.kind,
        ...(problem.route.namespace === undefined ? {} : { namespace: problem.route.namespace }),
        name: problem.route.name,
        file: routeObject.file,
        document: routeObject.document,
      },
      path: problem.path,
      problem: problem.kind,
      message: `after step ${cp.step}, ${cp.action} ${names.join(', ')}: ${route} (as in ${side}) ${problem.path} ` +
        `sends traffic nowhere: ${problem.detail}`,
      fix,
    };
  }

  /** Whether applying the fixing objects alone, before the breaking step, keeps every route served. */
  private reorderIsSafe(before: ClusterState, fixers: readonly SourcedObject[]): boolean {
    let state = before;
    for (const o of fixers) state = state.with(o);
    for (const id of this.problemsOf(state).keys()) if (!this.baseline.has(id)) return false;
    return true;
  }
}

/**
 * When neither order of the two writes keeps the route served, the object the route points at must first serve the
 * old and the new route at once (both ports, both subsets, pods with both port names).
 */
function additiveFix(problem: TrafficProblem, fixers: readonly SourcedObject[], breakers: readonly SourcedObject[]): string {
  const names = (list: readonly SourcedObject[]) => list.map((o) => describeObject(o.resource)).join(', ');
  const routeBroke = breakers.some((o) => objectKey(o.resource) === problem.routeKey);
  const [target, route] = routeBroke ? [names(fixers), names(breakers)] : [names(breakers), names(fixers)];
  const what = problem.kind === ProblemKind.PORT_MISSING ? 'keeps both the old and the new port'
    : problem.kind === ProblemKind.SUBSET_MISSING ? 'keeps both the old and the new subset'
      : problem.kind === ProblemKind.SERVICE_MISSING ? 'keeps both the old and the new Service'
        : 'serves both the old and the new route (pod labels and container port names of both)';
  return `no order of ${names(fixers)} and ${names(breakers)} is safe: apply in three steps: first a version of ` +
    `${target} that ${what}, then ${route}, then ${target} as in <to>`;
}

/** The pruned objects a route's target needed: those in the target's namespace of the kind the problem lacks. */
function neededBy(problem: TrafficProblem, pruned: readonly SourcedObject[]): SourcedObject[] {
  const wanted = (res: Resource): boolean => {
    if (res.namespace !== problem.targetNamespace) return false;
    switch (problem.kind) {
      case ProblemKind.SERVICE_MISSING:
      case ProblemKind.PORT_MISSING: return res.kind === 'Service' && res.name === problem.targetService;
      case ProblemKind.SUBSET_MISSING: return res.kind === 'DestinationRule';
      default: return res.group === 'apps';
    }
  };
  const hit = pruned.filter((o) => wanted(o.resource));
  return hit.length > 0 ? hit : [...pruned];
}

/** Removing a version's subset while routes still use it is the classic promotion mistake: name the library's way out. */
function retiringHint(problem: TrafficProblem, breakers: readonly SourcedObject[]): string {
  if (problem.kind !== ProblemKind.SUBSET_MISSING || breakers[0]?.resource.kind !== 'DestinationRule') return '';
  return ' (with CanaryService: promote with the old version as `retiring`, which keeps its subset and Deployment ' +
    'for one more release)';
}
