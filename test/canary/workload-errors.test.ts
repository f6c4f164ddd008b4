import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { baseProps, build } from './helpers';
import {
  Affinity, Autoscaling, CanaryServiceProps, CanaryServiceVersion, DisruptionBudget, EnvFrom, EnvValue, InitContainer, LifecycleHook, PodField, Probe,
  RolloutStrategy, TaintEffect, Toleration, TolerationOperator, TopologySpread, UnsatisfiableAction, Volume, VolumeMount, WorkloadSecurityOptions,
} from '../../src/canary';

const OWNER = "CanaryService 'canary'";
const v1 = (more: object): CanaryServiceVersion => ({ version: 'v1', image: 'b:1', ...more });
const stable = (more: object): CanaryServiceProps => baseProps({ stable: v1(more) });
const mount = (volume: Volume, path = '/data', more: object = {}): VolumeMount => ({ volume, path, ...more });
const tol = (t: object) => stable({ tolerations: [t as Toleration] });
const spread = (t: object) => stable({ topologySpread: [t as TopologySpread] });
const init = (c: object) => stable({ initContainers: [c as InitContainer] });
const abs = kplus.PercentOrAbsolute.absolute;
const pct = kplus.PercentOrAbsolute.percent;
const COUNT = 'a kplus.PercentOrAbsolute of a whole number of pods (absolute(1)) or a whole percentage from 0 to 100 (percent(25))';
const DNS_SUB = 'is not a DNS-1123 subdomain';

/** [what is wrong, props, the message]; plain-JS misuse is written with casts, as a JavaScript caller would pass it. */
const cases: [string, CanaryServiceProps, string][] = [
  // volumes and mounts
  ['volume name with upper case', stable({ mounts: [mount(Volume.emptyDir('Tmp'))] }),
    `${OWNER}: 'stable.mounts[0].volume.name' is invalid: volume name "Tmp" is not a DNS-1123 label`],
  ['ConfigMap name with a space', stable({ mounts: [mount(Volume.fromConfigMap('config', 'my config'))] }),
    `${OWNER}: 'stable.mounts[0].volume' is invalid: ConfigMap name "my config" ${DNS_SUB}`],
  ['Secret name missing (plain JS)', stable({ volumes: [Volume.fromSecret('certs', undefined as unknown as string)] }),
    `${OWNER}: 'stable.volumes[0]' is invalid: Secret name must be a string`],
  ['claim name with upper case', stable({ volumes: [Volume.fromPersistentVolumeClaim('data', 'Data')] }),
    `${OWNER}: 'stable.volumes[0]' is invalid: PersistentVolumeClaim name "Data" ${DNS_SUB}`],
  ['optional that is not a boolean', stable({ volumes: [Volume.fromConfigMap('c', 'c', { optional: 'yes' as unknown as boolean })] }),
    `${OWNER}: 'stable.volumes[0].optional' must be true or false, got "yes"`],
  ['sizeLimit that is not a Size', stable({ volumes: [Volume.emptyDir('tmp', { sizeLimit: '64Mi' as unknown as Size })] }),
    `${OWNER}: 'stable.volumes[0].sizeLimit' must be a Size (e.g. Size.mebibytes(64)), got "64Mi"`],
  ['sizeLimit below 1 KiB', stable({ volumes: [Volume.emptyDir('tmp', { sizeLimit: Size.kibibytes(0.5) })] }),
    `${OWNER}: 'stable.volumes[0].sizeLimit' must be a whole number of KiB, at least 1 KiB, got "0.5 KiB"`],
  ['mounts that are not a list', stable({ mounts: { volume: Volume.emptyDir('tmp'), path: '/tmp' } }),
    `${OWNER}: 'stable.mounts' must be a list of VolumeMount ({ volume, path }), got {"volume":`],
  ['a mount that is not an object', stable({ mounts: ['/tmp'] }), `${OWNER}: 'stable.mounts[0]' must be a VolumeMount ({ volume, path }), got "/tmp"`],
  ['a mount whose volume is a plain object', stable({ mounts: [{ volume: { name: 'tmp', emptyDir: {} }, path: '/tmp' }] }),
    `${OWNER}: 'stable.mounts[0].volume' must be a Volume (Volume.fromConfigMap, fromSecret, emptyDir or fromPersistentVolumeClaim), got {"name":"tmp","emptyDir":{}}`],
  ['a relative mount path', stable({ mounts: [mount(Volume.emptyDir('tmp'), 'tmp')] }),
    `${OWNER}: 'stable.mounts[0].path' must be an absolute path without spaces or ':' (e.g. "/etc/app"), got "tmp"`],
  ['two mounts on one path', stable({ mounts: [mount(Volume.emptyDir('a')), mount(Volume.emptyDir('b'))] }),
    `${OWNER}: 'stable.mounts[1].path' must be a path no other mount of this container uses, got "/data"`],
  ['readOnly that is not a boolean', stable({ mounts: [mount(Volume.emptyDir('tmp'), '/tmp', { readOnly: 1 })] }),
    `${OWNER}: 'stable.mounts[0].readOnly' must be true or false, got 1`],
  ['a subPath that climbs out', stable({ mounts: [mount(Volume.emptyDir('tmp'), '/tmp', { subPath: 'a/../../etc' })] }),
    `${OWNER}: 'stable.mounts[0].subPath' must be a relative path inside the volume without '..', got "a/../../etc"`],
  ['volumes that are not a list', stable({ volumes: Volume.emptyDir('tmp') }), `${OWNER}: 'stable.volumes' must be a list of Volume, got {`],
  ['a volume that is a plain object', stable({ volumes: [{ name: 'tmp' }] }),
    `${OWNER}: 'stable.volumes[0]' must be a Volume (Volume.fromConfigMap, fromSecret, emptyDir or fromPersistentVolumeClaim), got {"name":"tmp"}`],
  ['two different volumes with one name', stable({ mounts: [mount(Volume.emptyDir('data'))], volumes: [Volume.fromPersistentVolumeClaim('data', 'data')] }),
    `${OWNER}: 'stable.volumes[0].name' must be a name no other volume uses (stable.mounts[0].volume is a different volume named "data"), got "data"`],
  // env
  ['an unknown pod field', stable({ env: { X: EnvValue.fromPodField('metadata.labels' as PodField) } }),
    `${OWNER}: 'stable.env.X' must be a pod field: PodField.NAME, PodField.NAMESPACE, PodField.UID, PodField.NODE_NAME, PodField.SERVICE_ACCOUNT_NAME, PodField.HOST_IP or PodField.POD_IP, got "metadata.labels"`],
  ['an env value that is a string', stable({ env: { X: 'value' as unknown as EnvValue } }),
    `${OWNER}: 'stable.env.X' must be an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField), got "value"`],
  ['envFrom that is not a list', stable({ envFrom: EnvFrom.configMap('env') }), `${OWNER}: 'stable.envFrom' must be a list of EnvFrom, got {`],
  ['envFrom with a plain object', stable({ envFrom: [{ configMapRef: { name: 'env' } }] }),
    `${OWNER}: 'stable.envFrom[0]' must be an EnvFrom (EnvFrom.configMap(...) or EnvFrom.secret(...)), got {"configMapRef":{"name":"env"}}`],
  ['envFrom with a bad ConfigMap name', stable({ envFrom: [EnvFrom.configMap('Env')] }), `${OWNER}: 'stable.envFrom[0]' is invalid: ConfigMap name "Env" ${DNS_SUB}`],
  ['envFrom with a bad prefix', stable({ envFrom: [EnvFrom.secret('s', '1_')] }),
    `${OWNER}: 'stable.envFrom[0].prefix' must be an environment variable name prefix of letters, digits, '_', '-' and '.', not starting with a digit, got "1_"`],
  // pull secrets and placement
  ['empty imagePullSecrets', stable({ imagePullSecrets: [] }), `${OWNER}: 'stable.imagePullSecrets' must be a non-empty list of Secret names (leave it out for none), got []`],
  ['a bad pull secret name', stable({ imagePullSecrets: ['ok', 'Not OK'] }), `${OWNER}: 'stable.imagePullSecrets[1]' is invalid: Secret name "Not OK" ${DNS_SUB}`],
  ['an empty nodeSelector', stable({ nodeSelector: {} }), `${OWNER}: 'stable.nodeSelector' must be a non-empty map of node label keys to values, got {}`],
  ['a nodeSelector with a bad key', stable({ nodeSelector: { 'bad key': 'x' } }), `${OWNER}: 'stable.nodeSelector' is invalid: key "bad key": name part must be`],
  ['tolerations that are not a list', stable({ tolerations: { key: 'a' } }),
    `${OWNER}: 'stable.tolerations' must be a non-empty list of Toleration (leave it out for none), got {"key":"a"}`],
  ['a toleration that is a string', tol('dedicated' as unknown as object), `${OWNER}: 'stable.tolerations[0]' must be a Toleration ({ key, operator, value, effect }), got "dedicated"`],
  ['an unknown toleration operator', tol({ key: 'a', operator: 'In' }),
    `${OWNER}: 'stable.tolerations[0].operator' must be TolerationOperator.EQUAL or TolerationOperator.EXISTS, got "In"`],
  ['a toleration key with a space', tol({ key: 'a b' }), `${OWNER}: 'stable.tolerations[0].key' is invalid: key "a b": name part must be`],
  ['no key with Equal', tol({ value: 'x' }),
    `${OWNER}: 'stable.tolerations[0].operator' must be TolerationOperator.EXISTS when 'key' is left out (a toleration of every taint), got "Equal"`],
  ['a bad toleration value', tol({ key: 'a', value: 'a b' }), `${OWNER}: 'stable.tolerations[0].value' is invalid: value "a b" must be empty or 1-63 characters`],
  ['a value with Exists', tol({ key: 'a', operator: TolerationOperator.EXISTS, value: 'x' }),
    `${OWNER}: 'stable.tolerations[0].value' must be left out with TolerationOperator.EXISTS, got "x"`],
  ['an unknown effect', tol({ key: 'a', effect: 'NoWay' }),
    `${OWNER}: 'stable.tolerations[0].effect' must be TaintEffect.NO_SCHEDULE, TaintEffect.PREFER_NO_SCHEDULE or TaintEffect.NO_EXECUTE, got "NoWay"`],
  ['tolerationSeconds without NoExecute', tol({ key: 'a', effect: TaintEffect.NO_SCHEDULE, tolerationSeconds: 5 }),
    `${OWNER}: 'stable.tolerations[0].tolerationSeconds' must be left out unless 'effect' is TaintEffect.NO_EXECUTE, got 5`],
  ['negative tolerationSeconds', tol({ key: 'a', effect: TaintEffect.NO_EXECUTE, tolerationSeconds: -1 }),
    `${OWNER}: 'stable.tolerations[0].tolerationSeconds' must be an integer from 0 to 9007199254740991, got -1`],
  ['an affinity that is a plain object', stable({ affinity: [{ nodeAffinity: {} }] }),
    `${OWNER}: 'stable.affinity[0]' must be an Affinity (Affinity.requireNodeLabelIn or preferNodeLabelIn), got {"nodeAffinity":{}}`],
  ['an affinity key with a space', stable({ affinity: [Affinity.requireNodeLabelIn('a b', ['x'])] }), `${OWNER}: 'stable.affinity[0].key' is invalid: key "a b"`],
  ['an affinity without values', stable({ affinity: [Affinity.requireNodeLabelIn('zone', [])] }),
    `${OWNER}: 'stable.affinity[0].values' must be a non-empty list of label values, got []`],
  ['an affinity weight above 100', stable({ affinity: [Affinity.preferNodeLabelIn('zone', ['a'], 101)] }),
    `${OWNER}: 'stable.affinity[0].weight' must be an integer from 1 to 100, got 101`],
  ['a topology spread that is a string', spread('zone' as unknown as object), `${OWNER}: 'stable.topologySpread[0]' must be a TopologySpread ({ topologyKey }), got "zone"`],
  ['a topology key with a space', spread({ topologyKey: 'my zone' }), `${OWNER}: 'stable.topologySpread[0].topologyKey' is invalid: key "my zone"`],
  ['an unknown unsatisfiable action', spread({ topologyKey: 'zone', whenUnsatisfiable: 'Wait' }),
    `${OWNER}: 'stable.topologySpread[0].whenUnsatisfiable' must be UnsatisfiableAction.SCHEDULE_ANYWAY or UnsatisfiableAction.DO_NOT_SCHEDULE, got "Wait"`],
  ['maxSkew 0', spread({ topologyKey: 'zone', maxSkew: 0 }), `${OWNER}: 'stable.topologySpread[0].maxSkew' must be an integer from 1 to 2147483647, got 0`],
  ['one topology key twice', stable({ topologySpread: [{ topologyKey: 'zone' }, { topologyKey: 'zone', whenUnsatisfiable: UnsatisfiableAction.DO_NOT_SCHEDULE }] }),
    `${OWNER}: 'stable.topologySpread[1].topologyKey' must be a key no other topologySpread entry uses, got "zone"`],
  // init containers
  ['empty initContainers', stable({ initContainers: [] }), `${OWNER}: 'stable.initContainers' must be a non-empty list of InitContainer (leave it out for none), got []`],
  ['an init container that is a string', init('busybox' as unknown as object), `${OWNER}: 'stable.initContainers[0]' must be an InitContainer ({ name, image }), got "busybox"`],
  ['an init container name with upper case', init({ name: 'Init', image: 'b:1' }), `${OWNER}: 'stable.initContainers[0].name' is invalid: "Init" is not a DNS-1123 label`],
  ['an init container named like the app', init({ name: 'main', image: 'b:1' }),
    `${OWNER}: 'stable.initContainers[0].name' must be a name other than "main" (the app container) and "istio-proxy", "istio-init", "istio-validation" (Istio's), got "main"`],
  ['an init container named like Istio\'s', init({ name: 'istio-init', image: 'b:1' }), `'stable.initContainers[0].name' must be a name other than "main"`],
  ['two init containers with one name', stable({ initContainers: [{ name: 'a', image: 'b:1' }, { name: 'a', image: 'b:2' }] }),
    `${OWNER}: 'stable.initContainers[1].name' must be a name no other init container uses, got "a"`],
  ['an init container without image', init({ name: 'migrate' }),
    `${OWNER}: 'stable.initContainers[0].image' must be a non-empty image reference without spaces (e.g. "registry.example.com/app:1.0"), got undefined`],
  ['an init container with a bad env value', init({ name: 'migrate', image: 'b:1', env: { A: 1 } }),
    `${OWNER}: 'stable.initContainers[0].env.A' must be an EnvValue`],
  // lifecycle, grace period, strategy
  ['a preStop that is a plain object', stable({ preStop: { exec: { command: ['x'] } } }),
    `${OWNER}: 'stable.preStop' must be a LifecycleHook (LifecycleHook.sleep, exec or httpGet), got {"exec":{"command":["x"]}}`],
  ['a preStop sleep of half a second', stable({ preStop: LifecycleHook.sleep(Duration.millis(500)) }),
    `${OWNER}: 'stable.preStop.duration' must be a whole number of seconds from 1 to 2147483647, got "500ms"`],
  ['a preStop command that is empty', stable({ preStop: LifecycleHook.exec([]) }), `${OWNER}: 'stable.preStop.command' must be a non-empty list of non-empty strings, got []`],
  ['a preStop path without a slash', stable({ preStop: LifecycleHook.httpGet('drain') }),
    `${OWNER}: 'stable.preStop.path' must be an HTTP path starting with '/' and without spaces, got "drain"`],
  ['a preStop port out of range', stable({ preStop: LifecycleHook.httpGet('/drain', 0) }), `${OWNER}: 'stable.preStop.port' must be an integer from 1 to 65535, got 0`],
  ['a preStop sleep longer than the default grace period', stable({ preStop: LifecycleHook.sleep(Duration.seconds(40)) }),
    `${OWNER}: 'stable.preStop' must be a sleep no longer than the termination grace period (30 s; raise 'terminationGracePeriod'), got "40 s"`],
  ['a preStop sleep longer than the grace period given', stable({ preStop: LifecycleHook.sleep(Duration.seconds(10)), terminationGracePeriod: Duration.seconds(5) }),
    `${OWNER}: 'stable.preStop' must be a sleep no longer than the termination grace period (5 s; raise 'terminationGracePeriod'), got "10 s"`],
  ['a grace period in milliseconds', stable({ terminationGracePeriod: Duration.millis(1500) }),
    `${OWNER}: 'stable.terminationGracePeriod' must be a whole number of seconds from 0 to 2147483647, got "1500ms"`],
  ['a strategy that is a string', stable({ strategy: 'Recreate' }),
    `${OWNER}: 'stable.strategy' must be a RolloutStrategy (RolloutStrategy.rollingUpdate() or recreate()), got "Recreate"`],
  ['maxSurge above 100%', stable({ strategy: RolloutStrategy.rollingUpdate({ maxSurge: pct(150) }) }), `${OWNER}: 'stable.strategy.maxSurge' must be ${COUNT}, got "150%"`],
  ['maxUnavailable as a number (plain JS)', stable({ strategy: RolloutStrategy.rollingUpdate({ maxUnavailable: 1 as unknown as kplus.PercentOrAbsolute }) }),
    `${OWNER}: 'stable.strategy.maxUnavailable' must be ${COUNT}, got 1`],
  ['maxSurge and maxUnavailable both 0', stable({ strategy: RolloutStrategy.rollingUpdate({ maxSurge: abs(0), maxUnavailable: pct(0) }) }),
    `${OWNER}: 'stable.strategy.maxUnavailable' must be more than 0 when 'maxSurge' is 0 (the update could never make progress), got "0%"`],
  // disruption budget and autoscaling
  ['a budget that is a number', stable({ disruptionBudget: 1 }),
    `${OWNER}: 'stable.disruptionBudget' must be a DisruptionBudget (DisruptionBudget.maxUnavailable, minAvailable or none), got 1`],
  ['a fractional minAvailable', stable({ disruptionBudget: DisruptionBudget.minAvailable(abs(1.5)) }), `${OWNER}: 'stable.disruptionBudget.minAvailable' must be ${COUNT}, got 1.5`],
  ['a negative maxUnavailable', stable({ disruptionBudget: DisruptionBudget.maxUnavailable(abs(-1)) }), `${OWNER}: 'stable.disruptionBudget.maxUnavailable' must be ${COUNT}, got -1`],
  ['autoscaling that is a number', stable({ autoscaling: 5 as unknown as Autoscaling }),
    `${OWNER}: 'stable.autoscaling' must be an Autoscaling ({ minReplicas, maxReplicas, targetCpuUtilization }), got 5`],
  ['autoscaling to 0 pods', stable({ autoscaling: { minReplicas: 0, maxReplicas: 3 } }), `${OWNER}: 'stable.autoscaling.minReplicas' must be an integer from 1 to 2147483647, got 0`],
  ['autoscaling without maxReplicas (plain JS)', stable({ autoscaling: {} }), `${OWNER}: 'stable.autoscaling.maxReplicas' must be an integer from 1 to 2147483647, got undefined`],
  ['maxReplicas below the stable default minimum', stable({ autoscaling: { maxReplicas: 1 } }), `${OWNER}: 'stable.autoscaling.maxReplicas' must be at least 'minReplicas' (2), got 1`],
  ['a CPU target of 0', stable({ autoscaling: { maxReplicas: 3, targetCpuUtilization: 0 } }),
    `${OWNER}: 'stable.autoscaling.targetCpuUtilization' must be an integer from 1 to 2147483647, got 0`],
  ['replicas together with autoscaling', stable({ replicas: 3, autoscaling: { maxReplicas: 5 } }),
    `${OWNER}: 'stable.replicas' must be left out with 'autoscaling' (a fixed count would reset the autoscaler's choice on every apply), got 3`],
  // security
  ['securityContext that is a string', stable({ securityContext: 'restricted' as unknown as WorkloadSecurityOptions }),
    `${OWNER}: 'stable.securityContext' must be a WorkloadSecurityOptions object, got "restricted"`],
  ['restricted that is a string', stable({ securityContext: { restricted: 'yes' } }), `${OWNER}: 'stable.securityContext.restricted' must be true or false, got "yes"`],
  ['restricted with runAsNonRoot false', stable({ securityContext: { restricted: true, runAsNonRoot: false } }),
    `${OWNER}: 'stable.securityContext.runAsNonRoot' must be true or left out when 'restricted' is true (the restricted standard forbids root), got false`],
  ['restricted with UID 0', stable({ securityContext: { restricted: true, runAsUser: 0 } }),
    `${OWNER}: 'stable.securityContext.runAsUser' must be a non-zero UID when 'restricted' is true, got 0`],
  ['readiness that is a plain object', stable({ readiness: { tcpSocket: { port: 80 } } as unknown as Probe }),
    `${OWNER}: 'stable.readiness' must be a Probe (Probe.httpGet, tcp, grpc, exec or none), got {"tcpSocket":{"port":80}}`],
];

describe('CanaryService pod spec props reject bad input with an Error naming the prop', () => {
  test.each(cases)('%s', (_what, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});
