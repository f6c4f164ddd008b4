/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { Duration, Size } from 'cdk8s';
import { baseProps, synth } from './helpers';
import {
  Affinity, CanaryServiceVersion, DisruptionBudget, EnvFrom, EnvValue, LifecycleHook, PodField, Probe, RolloutStrategy, TaintEffect,
  TolerationOperator, UnsatisfiableAction, Volume,
  ImagePullPolicy, PodCount,
} from '../../src/canary';
import { defaultPullPolicy } from '../../src/canary/image-pull-policy';
import { Severity, validateAndAnalyze } from '../../src/validation';

const v1 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v1', image: 'registry.example.com/billing:1.4.2', ...more });
const v2 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v2', image: 'registry.example.com/billing:2.0.0', ...more });
const clean = (objects: any[]) => validateAndAnalyze(objects).filter((f) => f.severity !== Severity.INFO);

describe('workload defaults a platform team would sign', () => {
  const { objects, byKind, svc } = synth(baseProps());

  test('stable runs 2 replicas and the canary 1', () => {
    expect(byKind('Deployment', 'billing-service-v1').spec.replicas).toBe(2);
    expect(byKind('Deployment', 'billing-service-v2').spec.replicas).toBe(1);
  });

  test('each version has a PodDisruptionBudget of maxUnavailable 1 that selects exactly its pods', () => {
    for (const version of ['v1', 'v2']) {
      const pdb = byKind('PodDisruptionBudget', `billing-service-${version}`);
      expect(pdb.apiVersion).toBe('policy/v1');
      expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { app: 'billing-service', version } } });
      expect(pdb.spec.selector.matchLabels).toEqual(byKind('Deployment', `billing-service-${version}`).spec.selector.matchLabels);
    }
    expect(svc.stableDisruptionBudget?.name).toBe('billing-service-v1');
    expect(svc.canaryDisruptionBudget?.name).toBe('billing-service-v2');
    expect(svc.stableAutoscaler).toBeUndefined();
  });

  test('a readiness probe on the target port, so no pod takes traffic before it listens', () => {
    for (const version of ['v1', 'v2']) {
      expect(byKind('Deployment', `billing-service-${version}`).spec.template.spec.containers[0].readinessProbe).toEqual({ tcpSocket: { port: 8080 } });
    }
  });

  test('no runAsNonRoot: false and no pod securityContext unless asked for', () => {
    const pod = byKind('Deployment', 'billing-service-v1').spec.template.spec;
    expect(pod.securityContext).toBeUndefined();
    expect(pod.containers[0].securityContext.runAsNonRoot).toBeUndefined();
  });

  test('passes validation without warnings', () => {
    expect(clean(objects)).toEqual([]);
  });
});

describe('overriding the defaults', () => {
  test('replicas 1 for stable and no budgets', () => {
    const { objects, byKind, svc } = synth(baseProps({ stable: v1({ replicas: 1, disruptionBudget: DisruptionBudget.none() }), canary: v2({ disruptionBudget: DisruptionBudget.none() }) }));
    expect(byKind('Deployment', 'billing-service-v1').spec.replicas).toBe(1);
    expect(objects.filter((o) => o.kind === 'PodDisruptionBudget')).toEqual([]);
    expect(svc.stableDisruptionBudget).toBeUndefined();
  });

  test('minAvailable and percentage budgets', () => {
    const { objects, byKind } = synth(baseProps({
      stable: v1({ replicas: 4, disruptionBudget: DisruptionBudget.minAvailable(PodCount.percent(75)) }),
      canary: v2({ disruptionBudget: DisruptionBudget.maxUnavailable(PodCount.percent(50)) }),
    }));
    expect(byKind('PodDisruptionBudget', 'billing-service-v1').spec).toEqual({ minAvailable: '75%', selector: { matchLabels: { app: 'billing-service', version: 'v1' } } });
    expect(byKind('PodDisruptionBudget', 'billing-service-v2').spec.maxUnavailable).toBe('50%');
    expect(clean(objects)).toEqual([]);
  });

  test('Probe.none() removes the default readiness probe', () => {
    const { byKind } = synth(baseProps({ canary: v2({ readiness: Probe.none() }) }));
    expect(byKind('Deployment', 'billing-service-v2').spec.template.spec.containers[0].readinessProbe).toBeUndefined();
    expect(byKind('Deployment', 'billing-service-v1').spec.template.spec.containers[0].readinessProbe).toEqual({ tcpSocket: { port: 8080 } });
  });

  test('Probe.none() as liveness or startup emits nothing', () => {
    const { byKind } = synth(baseProps({ stable: v1({ liveness: Probe.none(), startup: Probe.none() }) }));
    const c = byKind('Deployment', 'billing-service-v1').spec.template.spec.containers[0];
    expect(c.livenessProbe).toBeUndefined();
    expect(c.startupProbe).toBeUndefined();
  });
});

describe('autoscaling', () => {
  const { objects, byKind, svc } = synth(baseProps({
    stable: v1({ autoscaling: { maxReplicas: 10 } }),
    canary: v2({ autoscaling: { minReplicas: 2, maxReplicas: 4, targetCpuUtilization: 60 } }),
  }));

  test('an HPA (autoscaling/v2) per version on CPU, with the Deployment as target', () => {
    const hpa = byKind('HorizontalPodAutoscaler', 'billing-service-v1');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'billing-service-v1' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
    });
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v2').spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v2').spec.metrics[0].resource.target.averageUtilization).toBe(60);
    expect(svc.canaryAutoscaler?.name).toBe('billing-service-v2');
  });

  test('the Deployments carry no replicas, so an apply does not reset the autoscaler', () => {
    expect('replicas' in byKind('Deployment', 'billing-service-v1').spec).toBe(false);
    expect('replicas' in byKind('Deployment', 'billing-service-v2').spec).toBe(false);
  });

  test('the canary autoscaler defaults to at least 1 pod', () => {
    const { byKind: kinds } = synth(baseProps({ canary: v2({ autoscaling: { maxReplicas: 3 } }) }));
    expect(kinds('HorizontalPodAutoscaler', 'billing-service-v2').spec.minReplicas).toBe(1);
  });

  test('passes validation without warnings', () => {
    expect(objects.map((o) => o.kind)).toContain('HorizontalPodAutoscaler');
    expect(clean(objects)).toEqual([]);
  });
});

describe('imagePullPolicy as Kubernetes would default it', () => {
  test.each([
    ['registry.example.com/billing:1.4.2', 'IfNotPresent'],
    ['registry.example.com/billing:latest', 'Always'],
    ['registry.example.com/billing', 'Always'],
    ['nginx', 'Always'],
    ['localhost:5000/billing', 'Always'],
    ['localhost:5000/billing:2', 'IfNotPresent'],
    ['ghcr.io/x/y@sha256:' + 'a'.repeat(64), 'IfNotPresent'],
  ])('%s → %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });

  test('is written into the container, and an explicit policy wins', () => {
    const { byKind } = synth(baseProps({ stable: v1({ image: 'billing:latest' }), canary: v2({ image: 'billing', imagePullPolicy: ImagePullPolicy.NEVER }) }));
    expect(byKind('Deployment', 'billing-service-v1').spec.template.spec.containers[0].imagePullPolicy).toBe('Always');
    expect(byKind('Deployment', 'billing-service-v2').spec.template.spec.containers[0].imagePullPolicy).toBe('Never');
  });
});

describe('the restricted security preset', () => {
  const { objects, byKind } = synth(baseProps({ stable: v1({ securityContext: { restricted: true, runAsUser: 10001 } }) }));

  test('sets what Pod Security "restricted" requires', () => {
    const pod = byKind('Deployment', 'billing-service-v1').spec.template.spec;
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: false, runAsNonRoot: true, runAsUser: 10001,
      capabilities: { drop: ['ALL'] },
    });
  });

  test('applies to init containers too', () => {
    const { byKind: kinds } = synth(baseProps({
      stable: v1({ securityContext: { restricted: true }, initContainers: [{ name: 'migrate', image: 'registry.example.com/migrate:1' }] }),
    }));
    const pod = kinds('Deployment', 'billing-service-v1').spec.template.spec;
    expect(pod.initContainers[0].securityContext.capabilities).toEqual({ drop: ['ALL'] });
  });

  test('is opt-in: the canary keeps the plain defaults', () => {
    expect(byKind('Deployment', 'billing-service-v2').spec.template.spec.securityContext).toBeUndefined();
    expect(clean(objects)).toEqual([]);
  });
});

describe('pod spec props', () => {
  const config = Volume.fromConfigMap('config', 'billing-config');
  const tmp = Volume.emptyDir('tmp', { memory: true, sizeLimit: Size.mebibytes(64) });
  const { objects, byKind } = synth(baseProps({
    stable: v1({
      mounts: [{ volume: config, path: '/etc/billing', readOnly: true }, { volume: tmp, path: '/tmp' }, { volume: config, path: '/etc/extra', subPath: 'extra' }],
      volumes: [Volume.fromSecret('certs', 'billing-certs', { optional: true }), Volume.fromPersistentVolumeClaim('data', 'billing-data', { readOnly: true })],
      envFrom: [EnvFrom.configMap('billing-env'), EnvFrom.secret('billing-secrets', 'SECRET_')],
      env: { POD_IP: EnvValue.fromPodField(PodField.POD_IP), NODE: EnvValue.fromPodField(PodField.NODE_NAME) },
      imagePullSecrets: ['registry-creds'],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [
        { key: 'dedicated', value: 'billing', effect: TaintEffect.NO_SCHEDULE },
        { key: 'node.kubernetes.io/unreachable', operator: TolerationOperator.EXISTS, effect: TaintEffect.NO_EXECUTE, tolerationSeconds: 60 },
      ],
      affinity: [Affinity.requireNodeLabelIn('kubernetes.io/arch', ['amd64', 'arm64']), Affinity.requireNodeLabelIn('pool', ['apps']),
        Affinity.preferNodeLabelIn('topology.kubernetes.io/zone', ['eu-north-1a'], 20)],
      topologySpread: [{ topologyKey: 'topology.kubernetes.io/zone' }, { topologyKey: 'kubernetes.io/hostname', maxSkew: 2, whenUnsatisfiable: UnsatisfiableAction.DO_NOT_SCHEDULE }],
      initContainers: [{ name: 'fetch-certs', image: 'registry.example.com/fetch:1', args: ['--to', '/certs'], mounts: [{ volume: Volume.fromSecret('certs', 'billing-certs', { optional: true }), path: '/certs' }] }],
      preStop: LifecycleHook.sleep(Duration.seconds(5)),
      terminationGracePeriod: Duration.seconds(45),
      strategy: RolloutStrategy.rollingUpdate({ maxSurge: PodCount.absolute(1), maxUnavailable: PodCount.absolute(0) }),
    }),
    canary: v2({ strategy: RolloutStrategy.recreate(), preStop: LifecycleHook.exec(['/bin/drain']) }),
  }));
  const pod = byKind('Deployment', 'billing-service-v1').spec.template.spec;
  const main = pod.containers[0];

  test('volumes from mounts and `volumes`, each once', () => {
    expect(pod.volumes).toEqual([
      { name: 'config', configMap: { name: 'billing-config' } },
      { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      { name: 'certs', secret: { secretName: 'billing-certs', optional: true } },
      { name: 'data', persistentVolumeClaim: { claimName: 'billing-data', readOnly: true } },
    ]);
    expect(main.volumeMounts).toEqual([
      { name: 'config', mountPath: '/etc/billing', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'config', mountPath: '/etc/extra', subPath: 'extra' },
    ]);
  });

  test('envFrom and downward-API env', () => {
    expect(main.envFrom).toEqual([{ configMapRef: { name: 'billing-env' } }, { secretRef: { name: 'billing-secrets' }, prefix: 'SECRET_' }]);
    expect(main.env).toEqual([
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
    ]);
  });

  test('pull secrets and placement', () => {
    expect(pod.imagePullSecrets).toEqual([{ name: 'registry-creds' }]);
    expect(pod.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(pod.tolerations).toEqual([
      { key: 'dedicated', operator: 'Equal', value: 'billing', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
    ]);
    expect(pod.affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [
          { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }, { key: 'pool', operator: 'In', values: ['apps'] },
        ] }] },
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 20, preference: { matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['eu-north-1a'] }] } },
        ],
      },
      // The default spreading of a version with more than one pod comes on top of the node rules.
      podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'billing-service', version: 'v1' } } } },
      ] },
    });
    expect(pod.topologySpreadConstraints).toEqual([
      { topologyKey: 'topology.kubernetes.io/zone', maxSkew: 1, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'billing-service', version: 'v1' } } },
      { topologyKey: 'kubernetes.io/hostname', maxSkew: 2, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'billing-service', version: 'v1' } } },
    ]);
  });

  test('init containers with the defaults of the app container', () => {
    expect(pod.initContainers).toEqual([{
      name: 'fetch-certs', image: 'registry.example.com/fetch:1', imagePullPolicy: 'IfNotPresent', args: ['--to', '/certs'],
      resources: main.resources, securityContext: main.securityContext, volumeMounts: [{ name: 'certs', mountPath: '/certs' }],
    }]);
  });

  test('preStop, grace period and strategy', () => {
    expect(main.lifecycle).toEqual({ preStop: { sleep: { seconds: 5 } } });
    expect(pod.terminationGracePeriodSeconds).toBe(45);
    expect(byKind('Deployment', 'billing-service-v1').spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(byKind('Deployment', 'billing-service-v2').spec.strategy).toEqual({ type: 'Recreate' });
    expect(byKind('Deployment', 'billing-service-v2').spec.template.spec.containers[0].lifecycle).toEqual({ preStop: { exec: { command: ['/bin/drain'] } } });
  });

  test('an HTTP preStop calls the target port unless told otherwise', () => {
    const { byKind: kinds } = synth(baseProps({ stable: v1({ preStop: LifecycleHook.httpGet('/drain') }), canary: v2({ preStop: LifecycleHook.httpGet('/drain', 9000) }) }));
    expect(kinds('Deployment', 'billing-service-v1').spec.template.spec.containers[0].lifecycle.preStop).toEqual({ httpGet: { path: '/drain', port: 8080 } });
    expect(kinds('Deployment', 'billing-service-v2').spec.template.spec.containers[0].lifecycle.preStop).toEqual({ httpGet: { path: '/drain', port: 9000 } });
  });

  test('a rolling update without options is the bare type', () => {
    const { byKind: kinds } = synth(baseProps({ stable: v1({ strategy: RolloutStrategy.rollingUpdate() }) }));
    expect(kinds('Deployment', 'billing-service-v1').spec.strategy).toEqual({ type: 'RollingUpdate' });
  });

  test('every object passes validation without warnings', () => {
    expect(clean(objects)).toEqual([]);
  });
});
