/**
 * The API server's checks of a pod spec (Pod, and the templates of Deployment, DaemonSet, Job, CronJob):
 * containers, ports, probes, resources (KUBERNETES-VALIDATION-RULES.md §5).
 */
import { SchemaRun } from '../schema/run';
import { dns1123LabelError } from '../util/names';
import { CharClass } from '../util/chars';
import { isObj, obj, Obj } from '../util/plain-json';
import { checkLabelMap } from './selectors';
import {
  checkNonNegative, checkNumberOrPortName, checkPortNumber, invalid, objectItems, portNameErrors, REQUIRED,
} from './fields';
import { parseQuantity } from '../util/quantity';

const PRINTABLE_ASCII = new CharClass(' -~');
/** The schema's enum reports other values; the rules here are the per-kind subsets. */
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/** Which restartPolicy values a kind's pods may use (from its controller's rules). */
export enum RestartPolicyRule {
  ANY,
  ALWAYS,
  ON_FAILURE_OR_NEVER,
}

/** A pod template (`<path>` = `spec.template` by default): its labels and its pod spec. */
export function checkPodTemplate(spec: Obj, run: SchemaRun, restart: RestartPolicyRule, path = 'spec.template'): void {
  const template = obj(spec.template);
  if (!isObj(spec.template)) {
    run.error(path, REQUIRED);
    return;
  }
  // The template's labels follow the label rules; the API server reports them under `<template>.labels`.
  checkLabelMap(obj(template.metadata).labels, `${path}.labels`, run);
  checkPodSpec(obj(template.spec), `${path}.spec`, run, restart);
}

export function checkPodSpec(spec: Obj, path: string, run: SchemaRun, restart: RestartPolicyRule): void {
  const containers = objectItems(spec.containers);
  if (containers.length === 0) run.error(`${path}.containers`, REQUIRED);
  const volumes = checkVolumes(spec, path, run);
  const names = new Set<string>();
  for (const [c, i] of containers) checkContainer(c, `${path}.containers[${i}]`, run, names, false, volumes);
  for (const [c, i] of objectItems(spec.initContainers)) checkContainer(c, `${path}.initContainers[${i}]`, run, names, true, volumes);
  checkRestartPolicy(spec.restartPolicy, `${path}.restartPolicy`, run, restart);
  checkHostPorts(spec, path, run);
}

/**
 * Host ports: with hostNetwork the API server defaults each hostPort to its containerPort and requires them equal;
 * then no two regular containers' ports may claim the same protocol/hostIP/hostPort. Init containers run one
 * after the other, so each is checked only against itself.
 */
function checkHostPorts(spec: Obj, path: string, run: SchemaRun): void {
  const hostNetwork = spec.hostNetwork === true;
  const hostPortOf = (p: Obj): unknown => (hostNetwork && (p.hostPort === undefined || p.hostPort === 0) ? p.containerPort : p.hostPort);
  const claim = (claimed: Set<string>, c: Obj, at: string): void => {
    for (const [p, j] of objectItems(c.ports)) {
      const hostPort = hostPortOf(p);
      if (hostPort === undefined || hostPort === 0 || hostPort === null) continue;
      const key = `${String(p.protocol || 'TCP')}/${String(p.hostIP ?? '')}/${String(hostPort)}`;
      if (claimed.has(key)) run.error(`${at}.ports[${j}].hostPort`, `Duplicate value: ${JSON.stringify(key)}`);
      claimed.add(key);
    }
  };
  const regular = new Set<string>();
  for (const [c, i] of objectItems(spec.containers)) claim(regular, c, `${path}.containers[${i}]`);
  for (const [c, i] of objectItems(spec.initContainers)) claim(new Set<string>(), c, `${path}.initContainers[${i}]`);
  if (!hostNetwork) return;
  for (const [c, i] of objectItems(spec.containers)) {
    for (const [p, j] of objectItems(c.ports)) {
      if (hostPortOf(p) !== p.containerPort) {
        run.error(`${path}.containers[${i}].ports[${j}].containerPort`, invalid(p.containerPort, 'must match `hostPort` when `hostNetwork` is true'));
      }
    }
  }
}

/** Volume names (DNS-1123 labels, unique); returns the names mounts may refer to. */
function checkVolumes(spec: Obj, path: string, run: SchemaRun): Set<string> {
  const names = new Set<string>();
  for (const [v, i] of objectItems(spec.volumes)) {
    const at = `${path}.volumes[${i}].name`;
    if (typeof v.name !== 'string' || v.name === '') {
      run.error(at, REQUIRED);
      continue;
    }
    const err = dns1123LabelError(v.name);
    if (err) run.error(at, invalid(v.name, err));
    else if (names.has(v.name)) run.error(at, `Duplicate value: ${JSON.stringify(v.name)}`);
    else names.add(v.name);
  }
  return names;
}

function checkVolumeMounts(c: Obj, path: string, run: SchemaRun, volumes: Set<string>): void {
  const mountPaths = new Set<string>();
  for (const [m, i] of objectItems(c.volumeMounts)) {
    const at = `${path}.volumeMounts[${i}]`;
    if (typeof m.name === 'string' && m.name !== '' && !volumes.has(m.name)) run.error(`${at}.name`, `Not found: ${JSON.stringify(m.name)}`);
    if (typeof m.mountPath !== 'string' || m.mountPath === '') run.error(`${at}.mountPath`, REQUIRED);
    else if (mountPaths.has(m.mountPath)) run.error(`${at}.mountPath`, invalid(m.mountPath, 'must be unique'));
    else mountPaths.add(m.mountPath);
    if (m.subPath !== undefined && m.subPathExpr !== undefined) run.error(`${at}.subPathExpr`, invalid(m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
  }
}

const ENV_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'];

function checkEnv(c: Obj, path: string, run: SchemaRun): void {
  for (const [e, i] of objectItems(c.env)) {
    const at = `${path}.env[${i}]`;
    if (typeof e.name !== 'string' || e.name === '') run.error(`${at}.name`, REQUIRED);
    else if (!PRINTABLE_ASCII.all(e.name) || e.name.includes('=')) {
      run.error(`${at}.name`, invalid(e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    }
    if (!isObj(e.valueFrom)) continue;
    const sources = ENV_SOURCES.filter((k) => isObj(obj(e.valueFrom)[k]));
    if (typeof e.value === 'string' && e.value !== '') {
      run.error(`${at}.valueFrom`, 'Invalid value: "": may not be specified when `value` is not empty');
    } else if (sources.length === 0) {
      run.error(`${at}.valueFrom`, 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`');
    } else if (sources.length > 1) {
      run.error(`${at}.valueFrom`, 'Invalid value: "": may not have more than one field specified at a time');
    }
  }
  for (const [e, i] of objectItems(c.envFrom)) {
    const set = ['configMapRef', 'secretRef'].filter((k) => isObj(e[k]));
    if (set.length !== 1) run.error(`${path}.envFrom[${i}]`, 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`');
  }
}

function checkRestartPolicy(value: unknown, path: string, run: SchemaRun, rule: RestartPolicyRule): void {
  // The API server defaults an absent restartPolicy to Always before validating.
  const policy = value === undefined || value === null || value === '' ? 'Always' : value;
  // Values outside the enum are the schema's finding; here only the kind's subset of it.
  if (typeof policy !== 'string' || !RESTART_POLICIES.includes(policy)) return;
  if (rule === RestartPolicyRule.ALWAYS && policy !== 'Always') {
    run.error(path, `Unsupported value: ${JSON.stringify(policy)}: supported values: "Always"`);
  } else if (rule === RestartPolicyRule.ON_FAILURE_OR_NEVER && policy === 'Always') {
    run.error(path, `${REQUIRED}: valid values: "OnFailure", "Never"`);
  }
}

function checkContainer(c: Obj, path: string, run: SchemaRun, names: Set<string>, init: boolean, volumes: Set<string>): void {
  const name = c.name;
  if (typeof name !== 'string' || name === '') {
    run.error(`${path}.name`, REQUIRED);
  } else {
    const err = dns1123LabelError(name);
    if (err) run.error(`${path}.name`, invalid(name, err));
    if (names.has(name)) run.error(`${path}.name`, `Duplicate value: ${JSON.stringify(name)}`);
    names.add(name);
  }
  if (typeof c.image !== 'string' || c.image === '') run.error(`${path}.image`, REQUIRED);
  const sidecar = init && c.restartPolicy === 'Always';
  if (!init && c.restartPolicy !== undefined) run.error(`${path}.restartPolicy`, 'Forbidden: may not be set for non-init containers');
  if (init && c.restartPolicy !== undefined && c.restartPolicy !== 'Always') {
    run.error(`${path}.restartPolicy`, `Unsupported value: ${JSON.stringify(c.restartPolicy)}: supported values: "Always"`);
  }
  checkContainerPorts(c, path, run);
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    if (!isObj(c[probe])) continue;
    if (init && !sidecar) {
      run.error(`${path}.${probe}`, 'Forbidden: may not be set for init containers without restartPolicy=Always');
      continue;
    }
    checkProbe(obj(c[probe]), `${path}.${probe}`, run, probe);
  }
  const lifecycle = obj(c.lifecycle);
  for (const hook of ['postStart', 'preStop']) {
    if (isObj(lifecycle[hook])) checkHandler(obj(lifecycle[hook]), `${path}.lifecycle.${hook}`, run, LIFECYCLE_HANDLERS);
  }
  checkResources(obj(c.resources), `${path}.resources`, run);
  checkVolumeMounts(c, path, run, volumes);
  checkEnv(c, path, run);
}

function checkContainerPorts(c: Obj, path: string, run: SchemaRun): void {
  const portNames = new Set<string>();
  for (const [p, i] of objectItems(c.ports)) {
    const portPath = `${path}.ports[${i}]`;
    if (typeof p.name === 'string' && p.name !== '') {
      for (const e of portNameErrors(p.name)) run.error(`${portPath}.name`, invalid(p.name, e));
      if (portNames.has(p.name)) run.error(`${portPath}.name`, `Duplicate value: ${JSON.stringify(p.name)}`);
      portNames.add(p.name);
    }
    checkPortNumber(run, `${portPath}.containerPort`, p.containerPort, true);
    if (p.hostPort !== undefined && p.hostPort !== 0) checkPortNumber(run, `${portPath}.hostPort`, p.hostPort, false);
  }
}

function checkHandler(h: Obj, path: string, run: SchemaRun, handlers: readonly string[]): void {
  const set = handlers.filter((k) => isObj(h[k]));
  if (set.length === 0) {
    run.error(path, `${REQUIRED}: must specify a handler type`);
    return;
  }
  for (const extra of set.slice(1)) run.error(`${path}.${extra}`, 'Forbidden: may not specify more than 1 handler type');
  const httpGet = obj(h.httpGet);
  if (isObj(h.httpGet)) {
    checkNumberOrPortName(run, `${path}.httpGet.port`, httpGet.port);
  }
  if (isObj(h.tcpSocket)) checkNumberOrPortName(run, `${path}.tcpSocket.port`, obj(h.tcpSocket).port);
  if (isObj(h.grpc)) checkPortNumber(run, `${path}.grpc.port`, obj(h.grpc).port, true);
  if (isObj(h.exec) && !Array.isArray(obj(h.exec).command)) run.error(`${path}.exec.command`, REQUIRED);
}

function checkProbe(p: Obj, path: string, run: SchemaRun, which: string): void {
  checkHandler(p, path, run, PROBE_HANDLERS);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    checkNonNegative(run, `${path}.${f}`, p[f]);
  }
  if (which !== 'readinessProbe' && typeof p.successThreshold === 'number' && p.successThreshold !== 1) {
    run.error(`${path}.successThreshold`, invalid(p.successThreshold, 'must be 1'));
  }
  if (which === 'readinessProbe' && p.terminationGracePeriodSeconds !== undefined) {
    run.error(`${path}.terminationGracePeriodSeconds`, invalid(p.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
  }
}

function checkResources(r: Obj, path: string, run: SchemaRun): void {
  const limits = obj(r.limits);
  const requests = obj(r.requests);
  const parsed = (map: Obj, at: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [name, raw] of Object.entries(map)) {
      // An unparsable quantity is the schema's finding (format quantity); only parsed values are compared here.
      const q = parseQuantity(raw);
      if (q === undefined) continue;
      if (q < 0) run.error(`${at}[${name}]`, invalid(raw, 'must be greater than or equal to 0'));
      else out.set(name, q);
    }
    return out;
  };
  const l = parsed(limits, `${path}.limits`);
  const q = parsed(requests, `${path}.requests`);
  for (const [name, request] of q) {
    const limit = l.get(name);
    if (limit !== undefined && request > limit) {
      run.error(`${path}.requests`, invalid(requests[name], `must be less than or equal to ${name} limit of ${String(limits[name])}`));
    }
  }
}
