import { Layer, Severity } from '../../../src/validation/finding';
import { validateAgainst, validateSchema } from '../../../src/validation/schema';
import { buildRegistry } from '../../../src/validation/schema/registry';

function messages(obj: object): string[] {
  return validateSchema(obj).map((f) => `${f.path}: ${f.message}`);
}

function pa(metadata: unknown, apiVersion = 'security.istio.io/v1', kind = 'PeerAuthentication'): object {
  return { apiVersion, kind, metadata, spec: { mtls: { mode: 'STRICT' } } };
}

describe('apiVersion and kind', () => {
  test('every served version of a kind is accepted', () => {
    expect(messages(pa({ name: 'a' }, 'security.istio.io/v1beta1'))).toEqual([]);
    expect(messages({ apiVersion: 'networking.istio.io/v1alpha3', kind: 'Sidecar', metadata: { name: 'default' }, spec: {} })).toEqual([]);
    expect(messages({ apiVersion: 'telemetry.istio.io/v1alpha1', kind: 'Telemetry', metadata: { name: 'a' }, spec: {} })).toEqual([]);
  });

  test('an unknown version of an Istio group names the served versions', () => {
    expect(messages({ apiVersion: 'networking.istio.io/v2', kind: 'VirtualService', metadata: { name: 'a' }, spec: {} })).toEqual([
      'apiVersion: Unsupported value: "networking.istio.io/v2": VirtualService is served as "networking.istio.io/v1", "networking.istio.io/v1alpha3", "networking.istio.io/v1beta1"',
    ]);
    expect(messages(pa({ name: 'a' }, 'security.istio.io/v1alpha1'))).toEqual([
      'apiVersion: Unsupported value: "security.istio.io/v1alpha1": PeerAuthentication is served as "security.istio.io/v1", "security.istio.io/v1beta1"',
    ]);
  });

  test('a kind the group does not have', () => {
    expect(messages(pa({ name: 'a' }, 'security.istio.io/v1', 'PeerAuthentications'))).toEqual([
      'kind: Unsupported value: "PeerAuthentications": supported kinds in security.istio.io: "AuthorizationPolicy", "PeerAuthentication", "RequestAuthentication"',
    ]);
    expect(messages({ apiVersion: 'telemetry.istio.io/v1', metadata: { name: 'a' } })).toEqual([
      'kind: Required value: supported kinds in telemetry.istio.io: "Telemetry"',
    ]);
  });

  test('objects outside Istio\'s groups are not this layer\'s business', () => {
    expect(validateSchema({ apiVersion: 'v1', kind: 'Service', metadata: {} })).toEqual([]);
    expect(validateSchema({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' })).toEqual([]);
  });

  test('findings identify the object and the layer', () => {
    const [f] = validateSchema({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'pa', namespace: 'foo' }, spec: { mtls: { mode: 'X' } } });
    expect(f).toEqual({
      severity: Severity.ERROR, code: 'IST0106', layer: Layer.SCHEMA, apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication',
      namespace: 'foo', name: 'pa', path: 'spec.mtls.mode', message: 'Unsupported value: "X": supported values: "UNSET", "DISABLE", "PERMISSIVE", "STRICT"',
    });
  });

  test('top-level fields beside apiVersion/kind/metadata/spec/status are unknown', () => {
    expect(messages({ ...pa({ name: 'a' }), specs: {} })).toEqual(['specs: unknown field "specs"']);
  });

  test('status is not validated: the status subresource makes the API server discard it on create and update', () => {
    expect(messages({ ...pa({ name: 'a' }), status: { conditions: 'not a list', anything: 1 } })).toEqual([]);
  });
});

describe('metadata', () => {
  test('name is required unless generateName is set', () => {
    expect(messages(pa({ namespace: 'foo' }))).toEqual(['metadata.name: Required value: name or generateName is required']);
    expect(messages({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', spec: {} })).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
    expect(messages(pa({ generateName: 'policy-' }))).toEqual([]);
    expect(messages(pa({ generateName: 'Policy-' }))).toEqual([
      'metadata.generateName: Invalid value: "Policy-": must be a DNS-1123 subdomain prefix: lower-case letters, digits, \'-\' and \'.\', starting with a letter or digit (e.g. "policy-")',
    ]);
  });

  test('name must be a DNS-1123 subdomain', () => {
    expect(messages(pa({ name: 'reviews.v1' }))).toEqual([]);
    expect(messages(pa({ name: 'Reviews_v1' }))).toEqual([
      'metadata.name: Invalid value: "Reviews_v1": "Reviews_v1" is not a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, \'-\' and \'.\', each dot-separated part starting and ending with a letter or digit (e.g. "example.com")',
    ]);
  });

  test('namespace must be a DNS-1123 label', () => {
    expect(messages(pa({ name: 'a', namespace: 'a.b' }))).toEqual([
      'metadata.namespace: Invalid value: "a.b": "a.b" is not a DNS-1123 label: at most 63 characters of lower-case letters, digits and \'-\', starting and ending with a letter or digit (e.g. "my-name", "v2")',
    ]);
  });

  test('labels: keys, string values, value syntax', () => {
    expect(messages(pa({ name: 'a', labels: { app: 'x', 'app.kubernetes.io/version': '1.2.3', empty: '' } }))).toEqual([]);
    expect(messages(pa({ name: 'a', labels: { 'bad key!': 'x', enabled: true, version: 'v1 beta' } }))).toEqual([
      'metadata.labels: Invalid value: "bad key!": key "bad key!": name part must be 1-63 characters of alphanumerics, \'-\', \'_\' or \'.\', starting and ending with an alphanumeric (e.g. "app", "my.key_1")',
      'metadata.labels[enabled]: Invalid value: "boolean": metadata.labels[enabled] in body must be of type string: "boolean"',
      'metadata.labels[version]: Invalid value: "v1 beta": value "v1 beta" must be empty or 1-63 characters of alphanumerics, \'-\', \'_\' or \'.\', starting and ending with an alphanumeric (e.g. "v1", "my_value")',
    ]);
  });

  test('annotations: keys (case-insensitive) and string values; known ObjectMeta fields only', () => {
    expect(messages(pa({ name: 'a', annotations: { 'Sidecar.Istio.io/Inject': 'false' }, creationTimestamp: null }))).toEqual([]);
    expect(messages(pa({ name: 'a', annotations: { 'sidecar.istio.io/inject': false }, nmae: 'b' }))).toEqual([
      'metadata.nmae: unknown field "metadata.nmae"',
      'metadata.annotations[sidecar.istio.io/inject]: Invalid value: "boolean": metadata.annotations[sidecar.istio.io/inject] in body must be of type string: "boolean"',
    ]);
  });

  test('annotations may not exceed 256 KiB in total', () => {
    expect(messages(pa({ name: 'a', annotations: { big: 'x'.repeat(262_141) } }))).toEqual([]);
    expect(messages(pa({ name: 'a', annotations: { big: 'x'.repeat(262_141), b: 'x' } }))).toEqual([
      'metadata.annotations: Too long: must have at most 262144 bytes (annotations total 262146 bytes)',
    ]);
  });
});

describe('a rule that cannot be compiled', () => {
  test('is reported as a warning on every object (once its kind is compiled, on first use) instead of silently passing', () => {
    const registry = buildRegistry({
      source: 'test',
      kinds: [{ group: 'networking.istio.io', kind: 'Sidecar', plural: 'sidecars', scope: 'Namespaced', versions: [{ name: 'v1', storage: true, schema: 0 }] }],
      schemas: [{ type: 'object', properties: { spec: { type: 'object', 'x-kubernetes-validations': [{ rule: 'self.noSuchFunction()', message: 'x' }] } } }],
    });
    expect(registry.ruleFailures).toEqual([]);
    const findings = validateAgainst(registry, { apiVersion: 'networking.istio.io/v1', kind: 'Sidecar', metadata: { name: 'a' }, spec: {} });
    expect(registry.ruleFailures.map((f) => f.rule)).toEqual(['self.noSuchFunction()']);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([[
      Severity.WARNING,
      '1 CEL rules of the Istio CRDs could not be compiled and were not checked: ' + registry.ruleFailures[0].error,
    ]]);
    expect(registry.ruleFailures[0].error).toMatch(/^CEL rule does not compile: .*: self\.noSuchFunction\(\)$/);
  });
});
