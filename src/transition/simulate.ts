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
import { objectKey, SourcedObject } from './cluster-state';
import { Described, isRoute, ProblemKind, TrafficModel, TrafficProblem } from './traffic';

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

function sameContent(a: SourcedObject, b: SourcedObject): boolean {
  return JSON.stringify(a.resource.raw) === JSON.stringify(b.resource.raw);
}

/** One state of the replay that the check looked at. */
interface Checkpoint {
  /** Index of the step in the replay (0-based), and its 1-based number in findings. */
  readonly index: number;
  readonly step: number;
  readonly action: StepAction;
  readonly objects: readonly SourcedObject[];
  readonly problems: ReadonlyMap<string, TrafficProblem>;
  /** For the end of the prune: the routes it deletes. */
  readonly deletedRoutes?: readonly SourcedObject[];
}

export function checkTransition(from: readonly SourcedObject[], to: readonly SourcedObject[]): TransitionResult {
  return new Replay(from, to).run();
}

class Replay {
  private readonly fromKeys: ReadonlySet<string>;
  private readonly described: Described;
  private readonly baseline: ReadonlyMap<string, TrafficProblem>;

  constructor(private readonly from: readonly SourcedObject[], private readonly to: readonly SourcedObject[]) {
    this.fromKeys = new Set(from.map((o) => objectKey(o.resource)));
    this.described = new Described([...from, ...to]);
    this.baseline = this.startModel().problems();
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
        findings.push(this.describe(cp, problem, fixedAt));
      }
    });
    const pruned = checkpoints.filter((cp) => cp.action === StepAction.PRUNE).reduce((n, cp) => n + cp.objects.length, 0);
    return { applied: this.to.length, pruned, findings };
  }

  private startModel(): TrafficModel {
    return TrafficModel.load(this.from, this.fromKeys, this.described);
  }

  private checkpoints(): Checkpoint[] {
    const checkpoints: Checkpoint[] = [];
    const model = this.startModel();
    let problems = this.baseline;
    this.to.forEach((object, i) => {
      const before = model.get(objectKey(object.resource));
      if (before === undefined || !sameContent(before, object)) {
        model.put(object);
        problems = model.problems();
      }
      checkpoints.push({ index: i, step: i + 1, action: StepAction.APPLY, objects: [object], problems });
    });

    const toKeys = new Set(this.to.map((o) => objectKey(o.resource)));
    const prunedByKey = new Map<string, SourcedObject>();
    for (const o of this.from) if (!toKeys.has(objectKey(o.resource))) prunedByKey.set(objectKey(o.resource), o);
    const pruned = [...prunedByKey.values()];
    if (pruned.length > 0) {
      const step = this.to.length + 1;
      const targets = pruned.filter((o) => !isRoute(o.resource));
      const routes = pruned.filter((o) => isRoute(o.resource));
      for (const o of targets) model.remove(objectKey(o.resource));
      checkpoints.push({ index: step - 1, step, action: StepAction.PRUNE, objects: targets, problems: model.problems() });
      for (const o of routes) model.remove(objectKey(o.resource));
      checkpoints.push({ index: step, step, action: StepAction.PRUNE, objects: routes, problems: model.problems(), deletedRoutes: routes });
    }
    return checkpoints;
  }

  private describe(cp: Checkpoint, problem: TrafficProblem, fixedAt: Checkpoint | undefined): TransitionFinding {
    const routeObject = problem.route;
    const key = objectKey(routeObject.resource);
    const inTo = this.to.find((o) => objectKey(o.resource) === key);
    const side = inTo === routeObject ? '<to>' : inTo && sameContent(inTo, routeObject) ? '<from> and <to>' : '<from>';
    const breakers = cp.action === StepAction.APPLY ? cp.objects : neededBy(problem, cp.objects);
    const names = breakers.map((o) => describeObject(o.resource));
    const route = describeObject(routeObject.resource);
    let fix: string;
    if (fixedAt === undefined) {
      fix = `<to> itself leaves this traffic unserved: change <to> so that ${route} ${problem.path} names what exists`;
    } else if (fixedAt.deletedRoutes !== undefined) {
      fix = `apply in two steps: first remove ${route} (apply <to> while ${names.join(', ')} still exist), then prune ` +
        `${names.join(', ')} in a later apply; kubectl prunes kind by kind and may delete them before ${route}`;
    } else {
      const fixers = fixedAt.objects;
      fix = this.reorderIsSafe(cp.index, fixers)
        ? `apply in two steps: first ${fixers.map((o) => describeObject(o.resource)).join(', ')}, then ` +
          `${cp.action === StepAction.PRUNE ? 'prune ' : ''}${names.join(', ')}${retiringHint(problem, breakers)}`
        : additiveFix(problem, fixers, breakers);
    }
    return {
      step: cp.step,
      action: cp.action,
      objects: names,
      route: {
        kind: routeObject.resource.kind,
        ...(routeObject.resource.namespace === undefined ? {} : { namespace: routeObject.resource.namespace }),
        name: routeObject.resource.name,
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

  /** Whether applying the fixing objects alone, instead of the step at `index`, keeps every route served. */
  private reorderIsSafe(index: number, fixers: readonly SourcedObject[]): boolean {
    const model = this.startModel();
    for (const o of this.to.slice(0, index)) model.put(o);
    for (const o of fixers) model.put(o);
    for (const id of model.problems().keys()) if (!this.baseline.has(id)) return false;
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
