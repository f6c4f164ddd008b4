"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StepAction = void 0;
exports.checkTransition = checkTransition;
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
const finding_1 = require("../validation/finding");
const cluster_state_1 = require("./cluster-state");
const traffic_1 = require("./traffic");
var StepAction;
(function (StepAction) {
    StepAction["APPLY"] = "apply";
    StepAction["PRUNE"] = "prune";
})(StepAction || (exports.StepAction = StepAction = {}));
function sameContent(a, b) {
    return JSON.stringify(a.resource.raw) === JSON.stringify(b.resource.raw);
}
function checkTransition(from, to) {
    return new Replay(from, to).run();
}
class Replay {
    from;
    to;
    fromKeys;
    described;
    baseline;
    constructor(from, to) {
        this.from = from;
        this.to = to;
        this.fromKeys = new Set(from.map((o) => (0, cluster_state_1.objectKey)(o.resource)));
        this.described = new traffic_1.Described([...from, ...to]);
        this.baseline = this.startModel().problems();
    }
    run() {
        const checkpoints = this.checkpoints();
        const findings = [];
        const reported = new Set();
        checkpoints.forEach((cp, i) => {
            for (const [id, problem] of cp.problems) {
                if (this.baseline.has(id) || reported.has(id))
                    continue;
                reported.add(id);
                const fixedAt = checkpoints.slice(i + 1).find((later) => !later.problems.has(id));
                findings.push(this.describe(cp, problem, fixedAt));
            }
        });
        const pruned = checkpoints.filter((cp) => cp.action === StepAction.PRUNE).reduce((n, cp) => n + cp.objects.length, 0);
        return { applied: this.to.length, pruned, findings };
    }
    startModel() {
        return traffic_1.TrafficModel.load(this.from, this.fromKeys, this.described);
    }
    checkpoints() {
        const checkpoints = [];
        const model = this.startModel();
        let problems = this.baseline;
        this.to.forEach((object, i) => {
            const before = model.get((0, cluster_state_1.objectKey)(object.resource));
            if (before === undefined || !sameContent(before, object)) {
                model.put(object);
                problems = model.problems();
            }
            checkpoints.push({ index: i, step: i + 1, action: StepAction.APPLY, objects: [object], problems });
        });
        const toKeys = new Set(this.to.map((o) => (0, cluster_state_1.objectKey)(o.resource)));
        const prunedByKey = new Map();
        for (const o of this.from)
            if (!toKeys.has((0, cluster_state_1.objectKey)(o.resource)))
                prunedByKey.set((0, cluster_state_1.objectKey)(o.resource), o);
        const pruned = [...prunedByKey.values()];
        if (pruned.length > 0) {
            const step = this.to.length + 1;
            const targets = pruned.filter((o) => !(0, traffic_1.isRoute)(o.resource));
            const routes = pruned.filter((o) => (0, traffic_1.isRoute)(o.resource));
            for (const o of targets)
                model.remove((0, cluster_state_1.objectKey)(o.resource));
            checkpoints.push({ index: step - 1, step, action: StepAction.PRUNE, objects: targets, problems: model.problems() });
            for (const o of routes)
                model.remove((0, cluster_state_1.objectKey)(o.resource));
            checkpoints.push({ index: step, step, action: StepAction.PRUNE, objects: routes, problems: model.problems(), deletedRoutes: routes });
        }
        return checkpoints;
    }
    describe(cp, problem, fixedAt) {
        const routeObject = problem.route;
        const key = (0, cluster_state_1.objectKey)(routeObject.resource);
        const inTo = this.to.find((o) => (0, cluster_state_1.objectKey)(o.resource) === key);
        const side = inTo === routeObject ? '<to>' : inTo && sameContent(inTo, routeObject) ? '<from> and <to>' : '<from>';
        const breakers = cp.action === StepAction.APPLY ? cp.objects : neededBy(problem, cp.objects);
        const names = breakers.map((o) => (0, finding_1.describeObject)(o.resource));
        const route = (0, finding_1.describeObject)(routeObject.resource);
        let fix;
        if (fixedAt === undefined) {
            fix = `<to> itself leaves this traffic unserved: change <to> so that ${route} ${problem.path} names what exists`;
        }
        else if (fixedAt.deletedRoutes !== undefined) {
            fix = `apply in two steps: first remove ${route} (apply <to> while ${names.join(', ')} still exist), then prune ` +
                `${names.join(', ')} in a later apply; kubectl prunes kind by kind and may delete them before ${route}`;
        }
        else {
            const fixers = fixedAt.objects;
            fix = this.reorderIsSafe(cp.index, fixers)
                ? `apply in two steps: first ${fixers.map((o) => (0, finding_1.describeObject)(o.resource)).join(', ')}, then ` +
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
    reorderIsSafe(index, fixers) {
        const model = this.startModel();
        for (const o of this.to.slice(0, index))
            model.put(o);
        for (const o of fixers)
            model.put(o);
        for (const id of model.problems().keys())
            if (!this.baseline.has(id))
                return false;
        return true;
    }
}
/**
 * When neither order of the two writes keeps the route served, the object the route points at must first serve the
 * old and the new route at once (both ports, both subsets, pods with both port names).
 */
function additiveFix(problem, fixers, breakers) {
    const names = (list) => list.map((o) => (0, finding_1.describeObject)(o.resource)).join(', ');
    const routeBroke = breakers.some((o) => (0, cluster_state_1.objectKey)(o.resource) === problem.routeKey);
    const [target, route] = routeBroke ? [names(fixers), names(breakers)] : [names(breakers), names(fixers)];
    const what = problem.kind === traffic_1.ProblemKind.PORT_MISSING ? 'keeps both the old and the new port'
        : problem.kind === traffic_1.ProblemKind.SUBSET_MISSING ? 'keeps both the old and the new subset'
            : problem.kind === traffic_1.ProblemKind.SERVICE_MISSING ? 'keeps both the old and the new Service'
                : 'serves both the old and the new route (pod labels and container port names of both)';
    return `no order of ${names(fixers)} and ${names(breakers)} is safe: apply in three steps: first a version of ` +
        `${target} that ${what}, then ${route}, then ${target} as in <to>`;
}
/** The pruned objects a route's target needed: those in the target's namespace of the kind the problem lacks. */
function neededBy(problem, pruned) {
    const wanted = (res) => {
        if (res.namespace !== problem.targetNamespace)
            return false;
        switch (problem.kind) {
            case traffic_1.ProblemKind.SERVICE_MISSING:
            case traffic_1.ProblemKind.PORT_MISSING: return res.kind === 'Service' && res.name === problem.targetService;
            case traffic_1.ProblemKind.SUBSET_MISSING: return res.kind === 'DestinationRule';
            default: return res.group === 'apps';
        }
    };
    const hit = pruned.filter((o) => wanted(o.resource));
    return hit.length > 0 ? hit : [...pruned];
}
/** Removing a version's subset while routes still use it is the classic promotion mistake: name the library's way out. */
function retiringHint(problem, breakers) {
    if (problem.kind !== traffic_1.ProblemKind.SUBSET_MISSING || breakers[0]?.resource.kind !== 'DestinationRule')
        return '';
    return ' (with CanaryService: promote with the old version as `retiring`, which keeps its subset and Deployment ' +
        'for one more release)';
}
//# sourceMappingURL=simulate.js.map