/**
 * The Kubernetes core kinds (Deployment, Service, …): the API server's own validation, which the OpenAPI schema
 * does not carry — object names per kind, labels, selectors that match templates, ports, containers, probes,
 * resources (KUBERNETES-VALIDATION-RULES.md, Kubernetes 1.33). Messages follow the API server's field errors.
 */
import { Finding, Layer, objectRef } from '../finding';
import { FindingCollector } from '../finding-collector';
import { KUBERNETES_VALIDATION_ERROR } from '../finding-codes';
import { validateAgainst } from '../schema';
import { NameRule } from '../schema/metadata';
import { CrdBundle, schemaRegistry } from '../schema/registry';
import { SchemaRun } from '../schema/run';
import { dns1123LabelError, dns1123SubdomainError, isDns1035Label } from '../util/names';
import { Obj } from '../util/plain-json';
import { checkConfigMap, checkNamespace, checkSecret } from './config';
import { checkHorizontalPodAutoscaler, checkPodDisruptionBudget } from './policy';
import { checkService } from './service';
import { checkCronJob, checkJob } from './job';
import { checkDaemonSet, checkDeployment, checkPod, checkStatefulSet } from './workloads';


/** Service names: a DNS-1035 label (must start with a letter). */
export function dns1035LabelError(name: string): string | undefined {
  if (isDns1035Label(name)) return undefined;
  return 'a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic ' +
    'character, and end with an alphanumeric character (e.g. \'my-name\',  or \'abc-123\', regex used for validation is ' +
    "'[a-z]([-a-z0-9]*[a-z0-9])?')";
}

/** Names any kind must have: usable as one segment of a URL path. */
export function pathSegmentError(name: string): string | undefined {
  if (name === '.' || name === '..') return `may not be '${name}'`;
  for (const bad of ['/', '%']) if (name.includes(bad)) return `may not contain '${bad}'`;
  return undefined;
}

type KindCheck = (o: Obj, run: SchemaRun) => void;

const KINDS: { readonly [kind: string]: { readonly name: NameRule; readonly check?: KindCheck } } = {
  Pod: { name: dns1123SubdomainError, check: checkPod },
  Deployment: { name: dns1123SubdomainError, check: checkDeployment },
  DaemonSet: { name: dns1123SubdomainError, check: checkDaemonSet },
  StatefulSet: { name: dns1123LabelError, check: checkStatefulSet },
  Job: { name: dns1123SubdomainError, check: checkJob },
  CronJob: { name: dns1123SubdomainError, check: checkCronJob },
  Service: { name: dns1035LabelError, check: checkService },
  PodDisruptionBudget: { name: pathSegmentError, check: checkPodDisruptionBudget },
  HorizontalPodAutoscaler: { name: dns1123SubdomainError, check: checkHorizontalPodAutoscaler },
  ServiceAccount: { name: dns1123SubdomainError },
  Namespace: { name: dns1123LabelError, check: checkNamespace },
  ConfigMap: { name: dns1123SubdomainError, check: checkConfigMap },
  Secret: { name: dns1123SubdomainError, check: checkSecret },
};

/**
 * The schema (field names, JSON types, enums, Go integer ranges: strict decoding and the OpenAPI schema of 1.33)
 * and the API server's Go validation rules. A field the schema already refuses gets no second finding from the
 * rules: the API server stops at the decoding error, and one message per field reads better.
 */
export function validateKubernetesObject(obj: object): Finding[] {
  const o = obj as Obj;
  const entry = typeof o.kind === 'string' ? KINDS[o.kind] : undefined;
  if (!entry) return [];
  const schema = validateAgainst(schemaRegistry(CrdBundle.KUBERNETES), obj, KUBERNETES_VALIDATION_ERROR, entry.name);
  if (!entry.check) return schema;
  const out = new FindingCollector(objectRef(obj), Layer.SCHEMA);
  entry.check(o, new SchemaRun(out, KUBERNETES_VALIDATION_ERROR));
  const seen = new Set(schema.map((f) => f.path));
  return schema.concat(out.findings.filter((f) => !seen.has(f.path)));
}
