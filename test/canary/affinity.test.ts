/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import fc from 'fast-check';
import { baseProps, synth } from './helpers';
import { Affinity, CanaryService, CanaryServiceVersion, LabelOperator, PodSpreading, Volume } from '../../src/canary';
import { kubeWireJson, MAP_FIELDS, WIRE_NAMES } from '../../src/canary/kube-wire';
import { PropErrors } from '../../src/shared/prop-errors';
import { defined, plainJs } from '../support/type-helpers';
import { isError, validateAndAnalyze } from '../../src/validation';
import * as k8s from '../../imports/k8s';

const v1 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v1', image: 'registry.example.com/billing:1.4.2', ...more });
const v2 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v2', image: 'registry.example.com/billing:2.0.0', ...more });
const OWN_V1 = { matchLabels: { app: 'billing-service', version: 'v1' } };
const OWN_V2 = { matchLabels: { app: 'billing-service', version: 'v2' } };
const podOf = (byKind: (kind: string, name?: string) => any, version: string) => byKind('Deployment', `billing-service-${version}`).spec.template.spec;
const errorsOf = (objects: any[]) => validateAndAnalyze(objects).filter(isError).map((f) => `${f.path}: ${f.message}`);

describe('default spreading: a version that may run more than one pod prefers one node per pod', () => {
  test('stable (2 replicas) gets it, the 1-replica canary does not', () => {
    const { byKind, objects } = synth(baseProps());
    expect(podOf(byKind, 'v1').affinity).toEqual({
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: OWN_V1 } }] },
    });
    expect(podOf(byKind, 'v2').affinity).toBeUndefined();
    expect(errorsOf(objects)).toEqual([]);
  });

  test('it follows the pod count: replicas 1 turns it off, a canary with 3 replicas or an autoscaler up to 4 turns it on', () => {
    const { byKind } = synth(baseProps({ stable: v1({ replicas: 1 }), canary: v2({ replicas: 3 }) }));
    expect(podOf(byKind, 'v1').affinity).toBeUndefined();
    expect(podOf(byKind, 'v2').affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector).toEqual(OWN_V2);
    const scaled = synth(baseProps({ stable: v1({ autoscaling: { minReplicas: 1, maxReplicas: 1 } }), canary: v2({ autoscaling: { minReplicas: 1, maxReplicas: 4 } }) }));
    expect(podOf(scaled.byKind, 'v1').affinity).toBeUndefined();
    expect(podOf(scaled.byKind, 'v2').affinity.podAntiAffinity).toBeDefined();
  });

  test('PodSpreading.NONE turns it off, ACROSS_ZONES prefers another zone first and another node second', () => {
    const { byKind, objects } = synth(baseProps({ stable: v1({ spreadPods: PodSpreading.NONE }), canary: v2({ spreadPods: PodSpreading.ACROSS_ZONES }) }));
    expect(podOf(byKind, 'v1').affinity).toBeUndefined();
    expect(podOf(byKind, 'v2').affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution).toEqual([
      { weight: 100, podAffinityTerm: { topologyKey: 'topology.kubernetes.io/zone', labelSelector: OWN_V2 } },
      { weight: 50, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: OWN_V2 } },
    ]);
    expect(errorsOf(objects)).toEqual([]);
  });
});

describe('pod affinity and anti-affinity rules', () => {
  const cache = { matchLabels: { app: 'redis' }, matchExpressions: [{ key: 'tier', operator: LabelOperator.NOT_IN, values: ['test'] }] };
  const { byKind, objects } = synth(baseProps({
    stable: v1({
      spreadPods: PodSpreading.NONE,
      affinity: [
        Affinity.requirePodAffinity({ topologyKey: 'topology.kubernetes.io/zone', selector: cache, namespaces: ['cache', 'shared'] }),
        Affinity.preferPodAffinity({ topologyKey: 'kubernetes.io/hostname', selector: { matchExpressions: [{ key: 'role', operator: LabelOperator.EXISTS }] }, namespaceSelector: {} }, 30),
        Affinity.requirePodAntiAffinity({ topologyKey: 'kubernetes.io/hostname' }),
        Affinity.preferPodAntiAffinity({ topologyKey: 'topology.kubernetes.io/zone', namespaceSelector: { matchLabels: { team: 'pay' } } }),
        Affinity.requireNodeLabelIn('kubernetes.io/arch', ['arm64']),
      ],
    }),
    canary: v2({ replicas: 2, affinity: [Affinity.preferPodAntiAffinity({ topologyKey: 'kubernetes.io/hostname', selector: { matchLabels: { app: 'billing-service' } } }, 80)] }),
  }));

  test('each rule lands in its group; a term without selector selects the version\'s own pods', () => {
    expect(podOf(byKind, 'v1').affinity).toEqual({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] }] } },
      podAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'topology.kubernetes.io/zone', labelSelector: cache, namespaces: ['cache', 'shared'] }],
        preferredDuringSchedulingIgnoredDuringExecution: [{
          weight: 30,
          podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchExpressions: [{ key: 'role', operator: 'Exists' }] }, namespaceSelector: {} },
        }],
      },
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: OWN_V1 }],
        preferredDuringSchedulingIgnoredDuringExecution: [{
          weight: 50, podAffinityTerm: { topologyKey: 'topology.kubernetes.io/zone', labelSelector: OWN_V1, namespaceSelector: { matchLabels: { team: 'pay' } } },
        }],
      },
    });
  });

  test('typed rules add to the default spreading', () => {
    expect(podOf(byKind, 'v2').affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution).toEqual([
      { weight: 80, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'billing-service' } } } },
      { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: OWN_V2 } },
    ]);
  });

  test('every object passes validation', () => {
    expect(errorsOf(objects)).toEqual([]);
  });
});

describe('escape hatches typed by the generated Kubernetes types', () => {
  test('rawAffinity is the whole affinity field, as given; it replaces the default spreading', () => {
    const raw: k8s.Affinity = {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [
        { matchExpressions: [{ key: 'pool', operator: 'In', values: ['a'] }] },
        { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-7'] }] },
      ] } },
    };
    const { byKind, objects } = synth(baseProps({ stable: v1({ rawAffinity: raw }), canary: v2({ rawAffinity: raw, spreadPods: PodSpreading.NONE }) }));
    expect(podOf(byKind, 'v1').affinity).toEqual(raw);
    expect(podOf(byKind, 'v2').affinity).toEqual(raw);
    expect(errorsOf(objects)).toEqual([]);
  });

  test('Volume.raw: any volume source, mountable, written with the wire names and quantities', () => {
    const downward = Volume.raw({ name: 'podinfo', downwardApi: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } });
    const scratch = Volume.raw({ name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: plainJs<k8s.Quantity>(kplus.k8s.Quantity.fromString('64Mi')) } });
    const { byKind, objects } = synth(baseProps({ stable: v1({ mounts: [{ volume: downward, path: '/etc/podinfo', readOnly: true }], volumes: [scratch] }) }));
    const pod = podOf(byKind, 'v1');
    expect(pod.volumes).toEqual([
      { name: 'podinfo', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
    ]);
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'podinfo', mountPath: '/etc/podinfo', readOnly: true }]);
    expect(errorsOf(objects)).toEqual([]);
  });

  test('an invalid raw value fails synth with the Kubernetes finding naming the field', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'wl-')) });
    const chart = new Chart(app, 'billing', { namespace: 'billing' });
    new CanaryService(chart, 'svc', baseProps({
      stable: v1({
        rawAffinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [plainJs<k8s.PodAffinityTerm>({ labelSelector: OWN_V1 })] } },
        volumes: [Volume.raw(plainJs<k8s.Volume>({ name: 'cache', bogusSource: {} }))],
      }),
    }));
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Deployment billing/billing-service-v1: spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value');
    expect(message).toContain('spec.template.spec.volumes[0].bogusSource: unknown field');
  });

  test('patching the Deployment (for any other pod field) is validated the same way', () => {
    const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
    const deployment = defined(new CanaryService(chart, 'svc', baseProps()).stableDeployment, 'the stable Deployment');
    deployment.addJsonPatch(JsonPatch.add('/spec/template/spec/priorityClassName', 'high'));
    expect((Testing.synth(chart).find((o) => o.metadata.name === 'billing-service-v1' && o.kind === 'Deployment') as any).spec.template.spec.priorityClassName).toBe('high');
    deployment.addJsonPatch(JsonPatch.add('/spec/template/spec/hostNetwork', 'yes'));
    expect(() => Testing.synth(chart)).toThrow('spec.template.spec.hostNetwork: Invalid value: "string"');
  });
});

test('hostile raw values: a prop Error at construction, or the validation error at synth, never a TypeError', () => {
  const hostile = fc.oneof(fc.anything({ maxDepth: 3 }), fc.constantFrom<unknown>(NaN, 10n, Symbol('x'), () => 1, new Date(0), Object.create(null), { toString: 'x' }));
  fc.assert(fc.property(hostile, fc.boolean(), (value, asVolume) => {
    const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
    const stable = asVolume ? v1({ volumes: [Volume.raw(value as k8s.Volume)] }) : v1({ rawAffinity: value as k8s.Affinity });
    try {
      new CanaryService(chart, 'svc', baseProps({ stable }));
      Testing.synth(chart);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).constructor).toBe(Error);
      expect((e as Error).message).toMatch(asVolume ? /'stable\.volumes\[0\]|spec\.template\.spec\.volumes\[0\]/ : /'stable\.rawAffinity|spec\.template\.spec\.affinity/);
    }
  }), { numRuns: 300 });
});

describe('kubeWireJson', () => {
  const errors = PropErrors.forConstruct('CanaryService', 'c');
  const wire = (v: unknown) => kubeWireJson(errors, 'stable.rawAffinity', v);

  test('renames generated fields, but never keys of maps', () => {
    expect(wire({ a: { scaleIo: { volumeId: 'x' } }, matchLabels: { volumeId: 'y' }, labels: { hostIp: 'z' } }))
      .toEqual({ a: { scaleIO: { volumeID: 'x' } }, matchLabels: { volumeId: 'y' }, labels: { hostIp: 'z' } });
  });

  test('keeps a __proto__ key as data and drops undefined fields', () => {
    const out = wire(JSON.parse('{"__proto__": {"polluted": 1}, "b": 2}')) as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'b']);
    expect(wire({ a: undefined, b: [1, 'x', true, null] })).toEqual({ b: [1, 'x', true, null] });
  });

  test('refuses what has no JSON form, naming the field', () => {
    expect(() => wire({ nodeAffinity: { weight: NaN } })).toThrow("CanaryService 'c': 'stable.rawAffinity.nodeAffinity.weight' must be a finite number, got NaN");
    expect(() => wire({ a: [() => 1] })).toThrow("'stable.rawAffinity.a[0]' must be JSON data (strings, numbers, booleans, lists and objects), got ");
    expect(() => wire({ a: 10n })).toThrow("'stable.rawAffinity.a' must be JSON data (strings, numbers, booleans, lists and objects), got 10n");
    expect(() => wire({ a: new Date(0) })).toThrow("'stable.rawAffinity.a' must be JSON data or a Quantity / IntOrString, got \"1970-01-01T00:00:00.000Z\"");
    const cycle: { [k: string]: unknown } = {};
    cycle.self = cycle;
    expect(() => wire({ a: cycle })).toThrow("'stable.rawAffinity.a.self' must be JSON data without cycles, got \"(a cycle)\"");
  });

  test('the rename table and the map fields are those of imports/k8s.ts', () => {
    const lines = fs.readFileSync(path.join(__dirname, '../../imports/k8s.ts'), 'utf8').split('\n');
    const renames: { [generated: string]: string } = {};
    const maps = new Set<string>();
    lines.forEach((line, i) => {
      const schema = /@schema\s+\S+#(\S+)/.exec(line);
      const next = lines.slice(i + 1, i + 4).map((l) => /readonly\s+(\w+)\??:/.exec(l)).find((m) => m);
      if (schema && next && next[1] !== schema[1]) renames[next[1]] = schema[1];
      const field = /readonly\s+(\w+)\??:\s*\{\s*$/.exec(line);
      if (field && /^\s*\[key: string\]/.test(lines[i + 1])) maps.add(field[1]);
    });
    expect(WIRE_NAMES).toEqual(renames);
    expect([...MAP_FIELDS]).toEqual([...maps].sort());
  });
});
