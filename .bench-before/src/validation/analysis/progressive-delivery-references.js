"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeProgressiveDeliveryReferences = analyzeProgressiveDeliveryReferences;
const kinds_1 = require("../kinds");
const codes_1 = require("./codes");
const resource_1 = require("./resource");
function analyzeProgressiveDeliveryReferences(model, out) {
    for (const res of model.progressiveDelivery) {
        if (res.kind === 'Rollout')
            checkRollout(model, res, out);
        else if (res.kind === 'Canary' && res.group === kinds_1.FLAGGER_GROUP)
            checkCanary(model, res, out);
    }
}
/** Whether a missing object of this list in `ns` is a real gap rather than something another tool deploys. */
function holds(model, list, ns) {
    return model.closedWorld || model.namespaces.has(ns) || list.some((r) => r.ns === ns);
}
function checkCanary(model, canary, out) {
    const target = (0, resource_1.asObject)(canary.spec.targetRef);
    const kind = (0, resource_1.asString)(target.kind);
    const name = (0, resource_1.asString)(target.name);
    if ((kind === 'Deployment' || kind === 'DaemonSet') && model.holdsWorkloadsOf(canary.ns)) {
        const found = model.workloads.some((w) => w.res.kind === kind && w.res.ns === canary.ns && w.res.name === name);
        if (!found) {
            out.push(canary.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, 'spec.targetRef.name', `the target ${kind} "${name}" is not in namespace "${canary.ns}": Flagger has nothing to clone into "${name}-primary"`));
        }
    }
    const templates = model.progressiveDelivery.filter((r) => r.kind === 'MetricTemplate');
    (0, resource_1.asArray)((0, resource_1.asObject)(canary.spec.analysis).metrics).forEach((m, i) => {
        const ref = (0, resource_1.asObject)((0, resource_1.asObject)(m).templateRef);
        const refName = (0, resource_1.asString)(ref.name);
        if (refName === '')
            return;
        const ns = (0, resource_1.asString)(ref.namespace) || canary.ns;
        if (!holds(model, templates, ns) || templates.some((t) => t.ns === ns && t.name === refName))
            return;
        out.push(canary.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `spec.analysis.metrics[${i}].templateRef.name`, `the MetricTemplate "${refName}" is not in namespace "${ns}"`));
    });
}
function checkRollout(model, rollout, out) {
    const canary = (0, resource_1.asObject)((0, resource_1.asObject)(rollout.spec.strategy).canary);
    const istio = (0, resource_1.asObject)((0, resource_1.asObject)(canary.trafficRouting).istio);
    const managed = new Set((0, resource_1.asArray)((0, resource_1.asObject)(canary.trafficRouting).managedRoutes).map((r) => (0, resource_1.asString)((0, resource_1.asObject)(r).name)));
    const dr = (0, resource_1.asObject)(istio.destinationRule);
    const subsets = { stable: (0, resource_1.asString)(dr.stableSubsetName), canary: (0, resource_1.asString)(dr.canarySubsetName) };
    const base = 'spec.strategy.canary.trafficRouting.istio';
    if (istio.destinationRule !== undefined)
        checkDestinationRule(model, rollout, dr, subsets, out);
    const single = istio.virtualService === undefined ? [] : [{ ref: (0, resource_1.asObject)(istio.virtualService), path: `${base}.virtualService` }];
    const many = (0, resource_1.asArray)(istio.virtualServices).map((v, i) => ({ ref: (0, resource_1.asObject)(v), path: `${base}.virtualServices[${i}]` }));
    for (const { ref, path } of [...single, ...many]) {
        checkVirtualService(model, rollout, ref, path, managed, istio.destinationRule !== undefined ? subsets : undefined, out);
    }
    checkAnalysisTemplates(model, rollout, canary, out);
}
function checkDestinationRule(model, rollout, dr, subsets, out) {
    const [name, ns] = qualified((0, resource_1.asString)(dr.name), rollout.ns);
    const path = 'spec.strategy.canary.trafficRouting.istio.destinationRule';
    const found = model.destinationRules.find((d) => d.ns === ns && d.name === name);
    if (!found) {
        if (holds(model, model.destinationRules, ns)) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.name`, `the DestinationRule "${name}" is not in namespace "${ns}" (Argo reports DestinationRuleNotFound)`));
        }
        return;
    }
    const defined = new Set((0, resource_1.asArray)(found.spec.subsets).map((s) => (0, resource_1.asString)((0, resource_1.asObject)(s).name)));
    for (const [field, subset] of [['stableSubsetName', subsets.stable], ['canarySubsetName', subsets.canary]]) {
        if (!defined.has(subset)) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.${field}`, `the DestinationRule ${found.ns}/${found.name} has no subset "${subset}"`));
        }
    }
}
function checkVirtualService(model, rollout, ref, path, managed, subsets, out) {
    const [name, ns] = qualified((0, resource_1.asString)(ref.name), rollout.ns);
    const vs = model.virtualServices.find((v) => v.ns === ns && v.name === name);
    if (!vs) {
        if (holds(model, model.virtualServices, ns)) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.name`, `the VirtualService "${name}" is not in namespace "${ns}"`));
        }
        return;
    }
    const http = (0, resource_1.asArray)(vs.spec.http).map((r) => (0, resource_1.asObject)(r));
    for (const route of http) {
        const routeName = (0, resource_1.asString)(route.name);
        if (managed.has(routeName)) {
            out.push(rollout.finding(codes_1.ARGO_REWRITES_ROUTE, 'spec.strategy.canary.trafficRouting.managedRoutes', `"${routeName}" names a route of VirtualService ${vs.ns}/${vs.name}: Argo removes managed routes when the rollout ends`));
        }
    }
    const routes = ref.routes === undefined ? undefined : (0, resource_1.asArray)(ref.routes).map((r) => (0, resource_1.asString)(r));
    if (routes === undefined) {
        const own = http.filter((r) => !managed.has((0, resource_1.asString)(r.name)));
        if (own.length !== 1) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes`, `is left out, so VirtualService ${vs.ns}/${vs.name} must have exactly one http route, and it has ${own.length}`));
        }
        return;
    }
    routes.forEach((routeName, i) => {
        const route = http.find((r) => (0, resource_1.asString)(r.name) === routeName);
        if (!route) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes[${i}]`, `VirtualService ${vs.ns}/${vs.name} has no http route named "${routeName}"`));
            return;
        }
        if (!subsets)
            return;
        const used = (0, resource_1.asArray)(route.route).map((d) => (0, resource_1.asString)((0, resource_1.asObject)((0, resource_1.asObject)(d).destination).subset));
        for (const wanted of [subsets.stable, subsets.canary]) {
            if (!used.includes(wanted)) {
                out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes[${i}]`, `the route "${routeName}" of VirtualService ${vs.ns}/${vs.name} has no destination with subset "${wanted}"`));
            }
        }
        const others = used.filter((s) => s !== subsets.stable && s !== subsets.canary);
        if (others.length > 0) {
            out.push(rollout.finding(codes_1.ARGO_REWRITES_ROUTE, `${path}.routes[${i}]`, `the route "${routeName}" of VirtualService ${vs.ns}/${vs.name} also sends to ` +
                `${others.map((s) => (s === '' ? 'a destination without subset' : `subset "${s}"`)).join(', ')}: Argo deletes those destinations when it sets the weights`));
        }
    });
}
function checkAnalysisTemplates(model, rollout, canary, out) {
    const templates = model.progressiveDelivery.filter((r) => r.kind === 'AnalysisTemplate');
    if (!holds(model, templates, rollout.ns))
        return;
    const refs = (0, resource_1.asArray)((0, resource_1.asObject)(canary.analysis).templates)
        .map((t, i) => ({ ref: (0, resource_1.asObject)(t), path: `spec.strategy.canary.analysis.templates[${i}]` }));
    (0, resource_1.asArray)(canary.steps).forEach((step, s) => {
        (0, resource_1.asArray)((0, resource_1.asObject)((0, resource_1.asObject)(step).analysis).templates).forEach((t, i) => refs.push({ ref: (0, resource_1.asObject)(t), path: `spec.strategy.canary.steps[${s}].analysis.templates[${i}]` }));
    });
    for (const { ref, path } of refs) {
        if (ref.clusterScope === true)
            continue;
        const name = (0, resource_1.asString)(ref.templateName);
        if (!templates.some((t) => t.ns === rollout.ns && t.name === name)) {
            out.push(rollout.finding(codes_1.DELIVERY_REFERENCE_NOT_FOUND, `${path}.templateName`, `the AnalysisTemplate "${name}" is not in namespace "${rollout.ns}"`));
        }
    }
}
/** Argo names objects of another namespace `<name>.<namespace>`. */
function qualified(ref, ns) {
    const dot = ref.indexOf('.');
    return dot < 0 ? [ref, ns] : [ref.slice(0, dot), ref.slice(dot + 1)];
}
//# sourceMappingURL=progressive-delivery-references.js.map