import { PropErrors } from '../shared/prop-errors';

/**
 * Field names of the generated Kubernetes types (imports/k8s.ts) that differ from the names on the wire: cdk8s'
 * importer camel-cases acronyms (`downwardAPI` becomes `downwardApi`). The L1 classes' `toJson_*` functions undo
 * this; raw values given to our escape hatches are written without the L1 classes, so the rename happens here.
 * test/canary/kube-wire.test.ts derives this table from the generated file and fails when it goes stale.
 */
export const WIRE_NAMES: { readonly [generated: string]: string } = {
  clientIp: 'clientIP',
  clusterIp: 'clusterIP',
  datasetUuid: 'datasetUUID',
  diskUri: 'diskURI',
  downwardApi: 'downwardAPI',
  hostIp: 'hostIP',
  hostIpc: 'hostIPC',
  hostPid: 'hostPID',
  loadBalancerIp: 'loadBalancerIP',
  pdId: 'pdID',
  scaleIo: 'scaleIO',
  setHostnameAsFqdn: 'setHostnameAsFQDN',
  storagePolicyId: 'storagePolicyID',
  targetWwNs: 'targetWWNs',
  volumeId: 'volumeID',
};

/**
 * Fields of the generated types that are maps (`{ [key: string]: ... }`): their keys are data (label keys, resource
 * names), never renamed. `selector` is a map in a ServiceSpec and a LabelSelector elsewhere, whose field names need
 * no rename either way. Derived from the generated file in the same test.
 */
export const MAP_FIELDS: readonly string[] = [
  'annotations', 'labels', 'limits', 'matchLabels', 'nodeSelector', 'options', 'overhead', 'requests', 'selector', 'volumeAttributes',
];

/**
 * A value typed by a generated Kubernetes type (an escape hatch such as `rawAffinity` or `Volume.raw`) as the JSON
 * the API server reads: generated field names renamed to wire names, `Quantity` and `IntOrString` instances (from
 * any cdk8s-plus `k8s` module, which we do not load) replaced by their value, undefined fields dropped. Anything
 * that has no JSON form (a function, a symbol, a bigint, NaN, a cycle) is an error naming the field; whether the
 * result is valid Kubernetes is for the validator to say at synth, like for every other object we emit.
 */
export function kubeWireJson(errors: PropErrors, prop: string, value: unknown): unknown {
  return convert(value, prop, new Set(), false);

  function convert(v: unknown, at: string, seen: Set<object>, isMap: boolean): unknown {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw errors.mustBe(at, 'a finite number', v);
      return v;
    }
    if (typeof v !== 'object') throw errors.mustBe(at, 'JSON data (strings, numbers, booleans, lists and objects)', v);
    if (seen.has(v)) throw errors.mustBe(at, 'JSON data without cycles', '(a cycle)');
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((item, i) => convert(item, `${at}[${i}]`, seen, false));
      seen.delete(v);
      return out;
    }
    if (proto !== Object.prototype && proto !== null) {
      // A Quantity or IntOrString of the generated L1 API: a class whose one field `value` is the wire value.
      const wrapped = (v as { value?: unknown }).value;
      if (typeof wrapped === 'string' || (typeof wrapped === 'number' && Number.isFinite(wrapped))) return wrapped;
      throw errors.mustBe(at, 'JSON data or a Quantity / IntOrString', v);
    }
    seen.add(v);
    const out: { [key: string]: unknown } = {};
    for (const [key, item] of Object.entries(v)) {
      if (item === undefined) continue;
      const wire = !isMap && Object.prototype.hasOwnProperty.call(WIRE_NAMES, key) ? WIRE_NAMES[key] : key;
      const converted = convert(item, `${at}.${key}`, seen, !isMap && MAP_FIELDS.includes(key));
      // defineProperty: a key such as `__proto__` stays data instead of replacing the prototype.
      Object.defineProperty(out, wire, { value: converted, enumerable: true, writable: true, configurable: true });
    }
    seen.delete(v);
    return out;
  }
}
