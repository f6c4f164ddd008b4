/**
 * Every message of the Kubernetes family that the corpus (test/validation/kinds-corpus) does not already pin: each
 * case is an invalid object and its valid neighbour (the same object with the one problem fixed).
 */
import { validateObject } from '../../../src/validation';

type Json = { [k: string]: unknown };

const pod = (spec: Json): Json => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });
const app = (container: Json = {}): Json => ({ name: 'app', image: 'a', ...container });
const deployment = (spec: Json): Json => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' },
  spec: { selector: { matchLabels: { app: 'd' } }, template: { metadata: { labels: { app: 'd' } }, spec: { containers: [app()] } }, ...spec },
});
const daemonSet = (spec: Json): Json => ({ ...deployment(spec), kind: 'DaemonSet' });
const statefulSet = (spec: Json): Json => ({ ...deployment(spec), kind: 'StatefulSet' });
const job = (spec: Json): Json => ({
  apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' },
  spec: { template: { spec: { restartPolicy: 'Never', containers: [app()] } }, ...spec },
});
const cronJob = (spec: Json): Json => ({
  apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' },
  spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [app()] } } } }, ...spec },
});
const service = (spec: Json): Json => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }], ...spec } });
const pdb = (spec: Json): Json => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'b' }, spec });
const hpa = (spec: Json): Json => ({
  apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd' }, maxReplicas: 3, ...spec },
});
const resourceMetric = (target: Json): Json => ({ type: 'Resource', resource: { name: 'cpu', target } });
const secret = (type: string, extra: Json): Json => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type, ...extra });
const configMap = (data: Json): Json => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data });

/** [title, invalid object, its valid neighbour, path, part of the message] */
const CASES: Array<[string, Json, Json, string, string]> = [
  ['enum values (imagePullPolicy)', pod({ containers: [app({ imagePullPolicy: 'Sometimes' })] }), pod({ containers: [app({ imagePullPolicy: 'Never' })] }),
    'spec.containers[0].imagePullPolicy', 'Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'],
  ['regular containers may not set restartPolicy', pod({ containers: [app({ restartPolicy: 'Always' })] }), pod({ containers: [app()] }),
    'spec.containers[0].restartPolicy', 'Forbidden: may not be set for non-init containers'],
  ['init containers: restartPolicy Always only', pod({ initContainers: [app({ name: 'i', restartPolicy: 'Never' })], containers: [app()] }),
    pod({ initContainers: [app({ name: 'i', restartPolicy: 'Always' })], containers: [app()] }), 'spec.initContainers[0].restartPolicy', 'supported values: "Always"'],
  ['probe fields are non-negative', pod({ containers: [app({ readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: -1 } })] }),
    pod({ containers: [app({ readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: 1 } })] }), 'spec.containers[0].readinessProbe.periodSeconds', 'must be greater than or equal to 0'],
  ['readiness probes have no terminationGracePeriodSeconds', pod({ containers: [app({ readinessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 5 } })] }),
    pod({ containers: [app({ livenessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 5 } })] }),
    'spec.containers[0].readinessProbe.terminationGracePeriodSeconds', 'must not be set for readinessProbes'],
  ['exec needs a command', pod({ containers: [app({ livenessProbe: { exec: {} } })] }), pod({ containers: [app({ livenessProbe: { exec: { command: ['x'] } } })] }),
    'spec.containers[0].livenessProbe.exec.command', 'Required value'],
  ['lifecycle hooks need one handler', pod({ containers: [app({ lifecycle: { preStop: {} } })] }), pod({ containers: [app({ lifecycle: { preStop: { sleep: { seconds: 1 } } } })] }),
    'spec.containers[0].lifecycle.preStop', 'must specify a handler type'],
  ['httpGet scheme', pod({ containers: [app({ readinessProbe: { httpGet: { port: 80, scheme: 'TCP' } } })] }),
    pod({ containers: [app({ readinessProbe: { httpGet: { port: 80, scheme: 'HTTPS' } } })] }), 'spec.containers[0].readinessProbe.httpGet.scheme', 'supported values: "HTTP", "HTTPS"'],
  ['hostPort range', pod({ containers: [app({ ports: [{ containerPort: 80, hostPort: 70000 }] })] }), pod({ containers: [app({ ports: [{ containerPort: 80, hostPort: 8080 }] })] }),
    'spec.containers[0].ports[0].hostPort', 'must be between 1 and 65535, inclusive'],
  ['port protocol', pod({ containers: [app({ ports: [{ containerPort: 80, protocol: 'HTTP' }] })] }), pod({ containers: [app({ ports: [{ containerPort: 80, protocol: 'UDP' }] })] }),
    'spec.containers[0].ports[0].protocol', 'supported values: "SCTP", "TCP", "UDP"'],
  ['port names: consecutive hyphens', pod({ containers: [app({ ports: [{ name: 'a--b', containerPort: 80 }] })] }), pod({ containers: [app({ ports: [{ name: 'a-b', containerPort: 80 }] })] }),
    'spec.containers[0].ports[0].name', 'must not contain consecutive hyphens'],
  ['port names: leading hyphen', pod({ containers: [app({ ports: [{ name: '-ab', containerPort: 80 }] })] }), pod({ containers: [app({ ports: [{ name: 'ab', containerPort: 80 }] })] }),
    'spec.containers[0].ports[0].name', 'must not begin or end with a hyphen'],
  ['quantities are non-negative', pod({ containers: [app({ resources: { requests: { cpu: '-1' } } })] }), pod({ containers: [app({ resources: { requests: { cpu: '1' } } })] }),
    'spec.containers[0].resources.requests[cpu]', 'must be greater than or equal to 0'],
  ['volume names are DNS-1123 labels', pod({ volumes: [{ name: 'Data', emptyDir: {} }], containers: [app()] }), pod({ volumes: [{ name: 'data', emptyDir: {} }], containers: [app()] }),
    'spec.volumes[0].name', 'is not a DNS-1123 label'],
  ['volume names are required', pod({ volumes: [{ emptyDir: {} }], containers: [app()] }), pod({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app()] }),
    'spec.volumes[0].name', 'Required value'],
  ['mounts need a mountPath', pod({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app({ volumeMounts: [{ name: 'v' }] })] }),
    pod({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app({ volumeMounts: [{ name: 'v', mountPath: '/v' }] })] }), 'spec.containers[0].volumeMounts[0].mountPath', 'Required value'],
  ['subPath and subPathExpr exclude each other', pod({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app({ volumeMounts: [{ name: 'v', mountPath: '/v', subPath: 'a', subPathExpr: '$(X)' }] })] }),
    pod({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app({ volumeMounts: [{ name: 'v', mountPath: '/v', subPathExpr: '$(X)' }] })] }),
    'spec.containers[0].volumeMounts[0].subPathExpr', 'subPathExpr and subPath are mutually exclusive'],
  ['env names are required', pod({ containers: [app({ env: [{ value: 'x' }] })] }), pod({ containers: [app({ env: [{ name: 'X', value: 'x' }] })] }),
    'spec.containers[0].env[0].name', 'Required value'],
  ['valueFrom needs a source', pod({ containers: [app({ env: [{ name: 'X', valueFrom: {} }] })] }), pod({ containers: [app({ env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } }] })] }),
    'spec.containers[0].env[0].valueFrom', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'],
  ['Recreate has no rollingUpdate', deployment({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }), deployment({ strategy: { type: 'Recreate' } }),
    'spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"],
  ['maxUnavailable at most 100%', deployment({ strategy: { rollingUpdate: { maxUnavailable: '110%' } } }), deployment({ strategy: { rollingUpdate: { maxUnavailable: '100%' } } }),
    'spec.strategy.rollingUpdate.maxUnavailable', 'must not be greater than 100%'],
  ['percent strings', deployment({ strategy: { rollingUpdate: { maxSurge: '25 percent' } } }), deployment({ strategy: { rollingUpdate: { maxSurge: '25%' } } }),
    'spec.strategy.rollingUpdate.maxSurge', "a valid percent string must be a numeric string followed by an ending '%'"],
  ['replicas are non-negative', deployment({ replicas: -1 }), deployment({ replicas: 0 }), 'spec.replicas', 'must be greater than or equal to 0'],
  ['DaemonSet: maxUnavailable and maxSurge not both 0', daemonSet({ updateStrategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }),
    daemonSet({ updateStrategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } }), 'spec.updateStrategy.rollingUpdate.maxUnavailable', 'cannot be 0 when maxSurge is 0'],
  ['StatefulSet serviceName is a DNS-1123 label', statefulSet({ serviceName: 'DB' }), statefulSet({ serviceName: 'db' }), 'spec.serviceName', 'is not a DNS-1123 label'],
  ['StatefulSet podManagementPolicy', statefulSet({ podManagementPolicy: 'Random' }), statefulSet({ podManagementPolicy: 'Parallel' }),
    'spec.podManagementPolicy', 'supported values: "OrderedReady", "Parallel"'],
  ['selector operators', deployment({ selector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['d'] }] } }),
    deployment({ selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['d'] }] } }), 'spec.selector.matchExpressions[0].operator', 'not a valid selector operator'],
  ['Exists takes no values', deployment({ selector: { matchExpressions: [{ key: 'app', operator: 'Exists', values: ['d'] }] } }),
    deployment({ selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } }), 'spec.selector.matchExpressions[0].values',
    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"],
  ['selector keys are label keys', deployment({ selector: { matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] } }),
    deployment({ selector: { matchExpressions: [{ key: 'example.com/c', operator: 'DoesNotExist' }] } }), 'spec.selector.matchExpressions[0].key', 'prefix part must be a DNS-1123 subdomain'],
  ['Job: a given selector must match the template', job({ selector: { matchLabels: { app: 'j' } } }),
    job({ selector: { matchLabels: { app: 'j' } }, template: { metadata: { labels: { app: 'j' } }, spec: { restartPolicy: 'Never', containers: [app()] } } }),
    'spec.template.metadata.labels', '`selector` does not match template `labels`'],
  ['Job: Indexed needs completions', job({ completionMode: 'Indexed' }), job({ completionMode: 'Indexed', completions: 3 }), 'spec.completions', 'when completion mode is Indexed'],
  ['CronJob: schedule required', cronJob({ schedule: '' }), cronJob({ schedule: '@daily' }), 'spec.schedule', 'Required value'],
  ['CronJob: the job selector is generated', cronJob({ jobTemplate: { spec: { selector: { matchLabels: { a: 'b' } }, template: { spec: { restartPolicy: 'Never', containers: [app()] } } } } }),
    cronJob({}), 'spec.jobTemplate.spec.selector', '`selector` will be auto-generated'],
  ['Service: nodePort range', service({ type: 'NodePort', ports: [{ port: 80, nodePort: 70000 }] }), service({ type: 'NodePort', ports: [{ port: 80, nodePort: 30000 }] }),
    'spec.ports[0].nodePort', 'must be between 1 and 65535, inclusive'],
  ['Service: targetPort names', service({ ports: [{ port: 80, targetPort: 'HTTP' }] }), service({ ports: [{ port: 80, targetPort: 'http' }] }),
    'spec.ports[0].targetPort', 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
  ['Service: LoadBalancer is not headless', service({ type: 'LoadBalancer', clusterIP: 'None' }), service({ type: 'LoadBalancer' }),
    'spec.clusterIPs[0]', "may not be set to 'None' for LoadBalancer services"],
  ['Service: ExternalName needs externalName', service({ type: 'ExternalName', ports: [] }), service({ type: 'ExternalName', ports: [], externalName: 'db.example.com' }),
    'spec.externalName', 'Required value'],
  ['Service: sessionAffinityConfig needs ClientIP', service({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } }),
    service({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } }), 'spec.sessionAffinityConfig', 'must not be set when session affinity is None'],
  ['Service: loadBalancerSourceRanges need a LoadBalancer', service({ loadBalancerSourceRanges: ['10.0.0.0/8'] }), service({ type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.0/8'] }),
    'spec.loadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"],
  ['Service: externalTrafficPolicy needs an external Service', service({ externalTrafficPolicy: 'Local' }), service({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' }),
    'spec.externalTrafficPolicy', 'may only be set for externally-accessible services'],
  ['Service: type', service({ type: 'Internal' }), service({ type: 'ClusterIP' }), 'spec.type', 'supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'],
  ['PDB: percent strings', pdb({ minAvailable: 'half' }), pdb({ minAvailable: '50%' }), 'spec.minAvailable', "a valid percent string must be a numeric string followed by an ending '%'"],
  ['PDB: unhealthyPodEvictionPolicy', pdb({ unhealthyPodEvictionPolicy: 'Never' }), pdb({ unhealthyPodEvictionPolicy: 'AlwaysAllow' }),
    'spec.unhealthyPodEvictionPolicy', 'supported values: "AlwaysAllow", "IfHealthyBudget"'],
  ['HPA: maxReplicas at least 1', hpa({ maxReplicas: 0, minReplicas: 1 }), hpa({ maxReplicas: 1 }), 'spec.maxReplicas', 'must be greater than 0'],
  ['HPA: scaleTargetRef name', hpa({ scaleTargetRef: { kind: 'Deployment' } }), hpa({ scaleTargetRef: { kind: 'Deployment', name: 'd' } }), 'spec.scaleTargetRef.name', 'Required value'],
  ['HPA: metric types', hpa({ metrics: [{ type: 'Memory' }] }), hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 50 })] }),
    'spec.metrics[0].type', 'Unsupported value: "Memory"'],
  ['HPA: only the given metric source', hpa({ metrics: [{ ...resourceMetric({ type: 'Utilization', averageUtilization: 50 }), pods: {} }] }),
    hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 50 })] }), 'spec.metrics[0].pods', 'must populate the given metric source only'],
  ['HPA: target type', hpa({ metrics: [resourceMetric({ type: 'Percent', averageUtilization: 50 })] }), hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 50 })] }),
    'spec.metrics[0].resource.target.type', 'supported values: "Utilization", "Value", "AverageValue"'],
  ['HPA: not both a raw value and a utilization', hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 50, averageValue: '100m' })] }),
    hpa({ metrics: [resourceMetric({ type: 'AverageValue', averageValue: '100m' })] }), 'spec.metrics[0].resource.target', 'may not set both a target raw value and a target utilization'],
  ['HPA: utilization above 0', hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 0 })] }), hpa({ metrics: [resourceMetric({ type: 'Utilization', averageUtilization: 1 })] }),
    'spec.metrics[0].resource.target.averageUtilization', 'must be greater than 0'],
  ['HPA: stabilization window at most an hour', hpa({ behavior: { scaleDown: { stabilizationWindowSeconds: 3601 } } }), hpa({ behavior: { scaleDown: { stabilizationWindowSeconds: 3600 } } }),
    'spec.behavior.scaleDown.stabilizationWindowSeconds', 'must be less than or equal to 3600'],
  ['HPA: selectPolicy', hpa({ behavior: { scaleUp: { selectPolicy: 'Avg' } } }), hpa({ behavior: { scaleUp: { selectPolicy: 'Disabled' } } }),
    'spec.behavior.scaleUp.selectPolicy', 'supported values: "Max", "Min", "Disabled"'],
  ['HPA: policy types', hpa({ behavior: { scaleUp: { policies: [{ type: 'Replicas', value: 1, periodSeconds: 60 }] } } }),
    hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } } }), 'spec.behavior.scaleUp.policies[0].type', 'supported values: "Pods", "Percent"'],
  ['HPA: policy value above 0', hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 0, periodSeconds: 60 }] } } }),
    hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } } }), 'spec.behavior.scaleUp.policies[0].value', 'must be greater than zero'],
  ['HPA: policy period 1..1800', hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 1801 }] } } }),
    hpa({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 1800 }] } } }), 'spec.behavior.scaleUp.policies[0].periodSeconds',
    'must be greater than zero and less than or equal to 1800'],
  ['config keys may not be ".."', configMap({ '..': 'x' }), configMap({ '.a': 'x' }), 'data', "must not be '..'"],
  ['config keys may not start with ".."', configMap({ '..a': 'x' }), configMap({ 'a..': 'x' }), 'data', "must not start with '..'"],
  ['config keys may not be "."', configMap({ '.': 'x' }), configMap({ a: 'x' }), 'data', "must not be '.'"],
  ['config keys at most 253 characters', configMap({ ['k'.repeat(254)]: 'x' }), configMap({ ['k'.repeat(253)]: 'x' }), 'data', 'must be no more than 253 characters'],
  ['ConfigMap data at most 1 MiB', configMap({ a: 'x'.repeat(1024 * 1024 + 1) }), configMap({ a: 'x'.repeat(1024 * 1024) }), '', 'Too long: may not be more than 1048576 bytes'],
  ['Secret data at most 1 MiB', secret('Opaque', { stringData: { a: 'x'.repeat(1024 * 1024 + 1) } }), secret('Opaque', { stringData: { a: 'x'.repeat(1024) } }),
    'data', 'Too long: may not be more than 1048576 bytes'],
  ['basic-auth Secrets need a username or password', secret('kubernetes.io/basic-auth', { stringData: {} }), secret('kubernetes.io/basic-auth', { stringData: { password: 'p' } }),
    'data[username]', 'Required value'],
  ['dockerconfigjson Secrets need .dockerconfigjson', secret('kubernetes.io/dockerconfigjson', { data: {} }), secret('kubernetes.io/dockerconfigjson', { data: { '.dockerconfigjson': 'e30=' } }),
    'data[.dockerconfigjson]', 'Required value'],
  ['service-account-token Secrets name their ServiceAccount', secret('kubernetes.io/service-account-token', {}),
    { ...secret('kubernetes.io/service-account-token', {}), metadata: { name: 's', annotations: { 'kubernetes.io/service-account.name': 'sa' } } },
    'metadata.annotations[kubernetes.io/service-account.name]', 'Required value'],
  ['Namespaces are not namespaced', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', namespace: 'x' } }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } },
    'metadata.namespace', 'Forbidden: not allowed on this type'],
];

describe('Kubernetes rules: invalid object and valid neighbour', () => {
  test.each(CASES)('%s', (_title, bad, good, path, message) => {
    const found = validateObject(bad).map((f) => `${f.code} ${f.path}: ${f.message}`);
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining(`CKI0002 ${path}: `)]));
    expect(found.filter((f) => f.startsWith(`CKI0002 ${path}: `) && f.includes(message))).not.toEqual([]);
    expect(validateObject(good).map((f) => `${f.path}: ${f.message}`)).toEqual([]);
  });
});
