/**
 * Cross-references of progressive-delivery objects (CDK8SISTIO-050, CDK8SISTIO-051): the controllers accept an
 * object that names something missing and then stall (Argo: `DestinationRuleNotFound`, "route not found"; Flagger:
 * target not found), and Argo silently rewrites a weighted route that holds other destinations.
 * PROGRESSIVE-DELIVERY-FACTS §1.4, §2.3-§2.5.
 */
import { Finding } from '../finding';
import { FLAGGER_GROUP } from '../kinds';
import { ARGO_REWRITES_ROUTE, DELIVERY_REFERENCE_NOT_FOUND } from '../finding-codes';
import { MeshModel } from './model';
import { asArray, asObject, asString, Json, Resource } from './resource';

export function analyzeProgressiveDeliveryReferences(model: MeshModel, out: Finding[]): void {
  for (const res of model.progressiveDelivery) {
    if (res.kind === 'Rollout') checkRollout(model, res, out);
    else if (res.kind === 'Canary' && res.group === FLAGGER_GROUP) checkCanary(model, res, out);
  }
}

/** Whether a missing object of this list in `ns` is a real gap rather than something another tool deploys. */
function holds(model: MeshModel, list: readonly Resource[], ns: string): boolean {
  return model.closedWorld || model.namespaces.has(ns) || list.some((r) => r.ns === ns);
}

function checkCanary(model: MeshModel, canary: Resource, out: Finding[]): void {
  const target = asObject(canary.spec.targetRef);
  const kind = asString(target.kind);
  const name = asString(target.name);
  if ((kind === 'Deployment' || kind === 'DaemonSet') && model.holdsWorkloadsOf(canary.ns)) {
    const found = model.workloads.some((w) => w.res.kind === kind && w.res.ns === canary.ns && w.res.name === name);
    if (!found) {
      out.push(canary.finding(DELIVERY_REFERENCE_NOT_FOUND, 'spec.targetRef.name',
        `the target ${kind} "${name}" is not in namespace "${canary.ns}": Flagger has nothing to clone into "${name}-primary"`));
    }
  }
  const templates = model.progressiveDelivery.filter((r) => r.kind === 'MetricTemplate');
  asArray(asObject(canary.spec.analysis).metrics).forEach((m, i) => {
    const ref = asObject(asObject(m).templateRef);
    const refName = asString(ref.name);
    if (refName === '') return;
    const ns = asString(ref.namespace) || canary.ns;
    if (!holds(model, templates, ns) || templates.some((t) => t.ns === ns && t.name === refName)) return;
    out.push(canary.finding(DELIVERY_REFERENCE_NOT_FOUND, `spec.analysis.metrics[${i}].templateRef.name`,
      `the MetricTemplate "${refName}" is not in namespace "${ns}"`));
  });
}

function checkRollout(model: MeshModel, rollout: Resource, out: Finding[]): void {
  const canary = asObject(asObject(rollout.spec.strategy).canary);
  const istio = asObject(asObject(canary.trafficRouting).istio);
  const managed = new Set(asArray(asObject(canary.trafficRouting).managedRoutes).map((r) => asString(asObject(r).name)));
  const dr = asObject(istio.destinationRule);
  const subsets = { stable: asString(dr.stableSubsetName), canary: asString(dr.canarySubsetName) };
  const base = 'spec.strategy.canary.trafficRouting.istio';
  if (istio.destinationRule !== undefined) checkDestinationRule(model, rollout, dr, subsets, out);
  const single = istio.virtualService === undefined ? [] : [{ ref: asObject(istio.virtualService), path: `${base}.virtualService` }];
  const many = asArray(istio.virtualServices).map((v, i) => ({ ref: asObject(v), path: `${base}.virtualServices[${i}]` }));
  for (const { ref, path } of [...single, ...many]) {
    checkVirtualService(model, rollout, ref, path, managed, istio.destinationRule !== undefined ? subsets : undefined, out);
  }
  checkAnalysisTemplates(model, rollout, canary, out);
}

function checkDestinationRule(model: MeshModel, rollout: Resource, dr: Json, subsets: { stable: string; canary: string }, out: Finding[]): void {
  const [name, ns] = qualified(asString(dr.name), rollout.ns);
  const path = 'spec.strategy.canary.trafficRouting.istio.destinationRule';
  const found = model.destinationRules.find((d) => d.ns === ns && d.name === name);
  if (!found) {
    if (holds(model, model.destinationRules, ns)) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.name`, `the DestinationRule "${name}" is not in namespace "${ns}" (Argo reports DestinationRuleNotFound)`));
    }
    return;
  }
  const defined = new Set(asArray(found.spec.subsets).map((s) => asString(asObject(s).name)));
  for (const [field, subset] of [['stableSubsetName', subsets.stable], ['canarySubsetName', subsets.canary]]) {
    if (!defined.has(subset)) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.${field}`, `the DestinationRule ${found.ns}/${found.name} has no subset "${subset}"`));
    }
  }
}

function checkVirtualService(model: MeshModel, rollout: Resource, ref: Json, path: string, managed: ReadonlySet<string>,
  subsets: { stable: string; canary: string } | undefined, out: Finding[]): void {
  const [name, ns] = qualified(asString(ref.name), rollout.ns);
  const vs = model.virtualServices.find((v) => v.ns === ns && v.name === name);
  if (!vs) {
    if (holds(model, model.virtualServices, ns)) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.name`, `the VirtualService "${name}" is not in namespace "${ns}"`));
    }
    return;
  }
  const http = asArray(vs.spec.http).map((r) => asObject(r));
  for (const route of http) {
    const routeName = asString(route.name);
    if (managed.has(routeName)) {
      out.push(rollout.finding(ARGO_REWRITES_ROUTE, 'spec.strategy.canary.trafficRouting.managedRoutes',
        `"${routeName}" names a route of VirtualService ${vs.ns}/${vs.name}: Argo removes managed routes when the rollout ends`));
    }
  }
  const routes = ref.routes === undefined ? undefined : asArray(ref.routes).map((r) => asString(r));
  if (routes === undefined) {
    const own = http.filter((r) => !managed.has(asString(r.name)));
    if (own.length !== 1) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes`,
        `is left out, so VirtualService ${vs.ns}/${vs.name} must have exactly one http route, and it has ${own.length}`));
    }
    return;
  }
  routes.forEach((routeName, i) => {
    const route = http.find((r) => asString(r.name) === routeName);
    if (!route) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes[${i}]`, `VirtualService ${vs.ns}/${vs.name} has no http route named "${routeName}"`));
      return;
    }
    if (!subsets) return;
    const used = asArray(route.route).map((d) => asString(asObject(asObject(d).destination).subset));
    for (const wanted of [subsets.stable, subsets.canary]) {
      if (!used.includes(wanted)) {
        out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.routes[${i}]`,
          `the route "${routeName}" of VirtualService ${vs.ns}/${vs.name} has no destination with subset "${wanted}"`));
      }
    }
    const others = used.filter((s) => s !== subsets.stable && s !== subsets.canary);
    if (others.length > 0) {
      out.push(rollout.finding(ARGO_REWRITES_ROUTE, `${path}.routes[${i}]`, `the route "${routeName}" of VirtualService ${vs.ns}/${vs.name} also sends to ` +
        `${others.map((s) => (s === '' ? 'a destination without subset' : `subset "${s}"`)).join(', ')}: Argo deletes those destinations when it sets the weights`));
    }
  });
}

function checkAnalysisTemplates(model: MeshModel, rollout: Resource, canary: Json, out: Finding[]): void {
  const templates = model.progressiveDelivery.filter((r) => r.kind === 'AnalysisTemplate');
  if (!holds(model, templates, rollout.ns)) return;
  const refs: { ref: Json; path: string }[] = asArray(asObject(canary.analysis).templates)
    .map((t, i) => ({ ref: asObject(t), path: `spec.strategy.canary.analysis.templates[${i}]` }));
  asArray(canary.steps).forEach((step, s) => {
    asArray(asObject(asObject(step).analysis).templates).forEach((t, i) => refs.push({ ref: asObject(t), path: `spec.strategy.canary.steps[${s}].analysis.templates[${i}]` }));
  });
  for (const { ref, path } of refs) {
    if (ref.clusterScope === true) continue;
    const name = asString(ref.templateName);
    if (!templates.some((t) => t.ns === rollout.ns && t.name === name)) {
      out.push(rollout.finding(DELIVERY_REFERENCE_NOT_FOUND, `${path}.templateName`, `the AnalysisTemplate "${name}" is not in namespace "${rollout.ns}"`));
    }
  }
}

/** Argo names objects of another namespace `<name>.<namespace>`. */
function qualified(ref: string, ns: string): [string, string] {
  const dot = ref.indexOf('.');
  return dot < 0 ? [ref, ns] : [ref.slice(0, dot), ref.slice(dot + 1)];
}
