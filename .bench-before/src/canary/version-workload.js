"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ISTIO_RESERVED_PORTS = void 0;
exports.emitVersion = emitVersion;
exports.renderVersion = renderVersion;
const k8s = __importStar(require("../../imports/k8s"));
const autoscaling_1 = require("./autoscaling");
const disruption_budget_1 = require("./disruption-budget");
const durations_1 = require("../shared/durations");
const env_value_1 = require("./env-value");
const prop_errors_1 = require("../shared/prop-errors");
const image_pull_policy_1 = require("./image-pull-policy");
const lifecycle_hook_1 = require("./lifecycle-hook");
const placement_1 = require("./placement");
const probe_1 = require("./probe");
const rollout_strategy_1 = require("./rollout-strategy");
const security_context_1 = require("./security-context");
const volume_1 = require("./volume");
const quantities_1 = require("./quantities");
const istio_names_1 = require("../validation/util/istio-names");
const plain_api_object_1 = require("../shared/plain-api-object");
const proxy_config_1 = require("../shared/proxy-config");
const workload_labels_1 = require("../shared/workload-labels");
const names_1 = require("../validation/util/names");
// Ports the sidecar itself listens on; an app port there collides with Envoy or the agent.
const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];
exports.ISTIO_RESERVED_PORTS = ISTIO_RESERVED_PORTS;
const IANA_SVC_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const MANAGED_ANNOTATIONS = [istio_names_1.PROXY_CPU, istio_names_1.PROXY_CPU_LIMIT, istio_names_1.PROXY_MEMORY, istio_names_1.PROXY_MEMORY_LIMIT];
const APP_CONTAINER = 'main';
// Container names Istio's injector adds to the pod.
const ISTIO_CONTAINERS = ['istio-proxy', 'istio-init', 'istio-validation'];
// Kubernetes' default terminationGracePeriodSeconds.
const DEFAULT_GRACE_SECONDS = 30;
/** Emits one version's Deployment, PodDisruptionBudget and HorizontalPodAutoscaler under ids `<prefix>Deployment` etc. */
function emitVersion(scope, idPrefix, v) {
    // Plain ApiObjects typed by the generated L1 types, not L1 instances: see plainApiObject for why.
    return {
        deployment: (0, plain_api_object_1.plainApiObject)(scope, `${idPrefix}Deployment`, k8s.KubeDeployment.GVK, v.deployment),
        ...(v.disruptionBudget ? { disruptionBudget: (0, plain_api_object_1.plainApiObject)(scope, `${idPrefix}DisruptionBudget`, k8s.KubePodDisruptionBudget.GVK, v.disruptionBudget) } : {}),
        ...(v.autoscaler ? { autoscaler: (0, plain_api_object_1.plainApiObject)(scope, `${idPrefix}Autoscaler`, k8s.KubeHorizontalPodAutoscalerV2.GVK, v.autoscaler) } : {}),
    };
}
/** Checks one version's props and renders its objects' JSON (the pod annotations are filled in at synth). */
function renderVersion(errors, ctx, v, annotations) {
    const p = ctx.role;
    if (typeof v !== 'object' || v === null)
        throw errors.mustBe(p, 'a CanaryServiceVersion with at least version and image', v);
    const versionError = typeof v.version === 'string' ? (0, names_1.dns1123LabelError)(v.version) : 'version must be a string';
    if (versionError)
        throw errors.invalid(`${p}.version`, `${versionError}; it is the DestinationRule subset name and the 'version' label`);
    checkImage(errors, `${p}.image`, v.image);
    const ownLabels = (0, workload_labels_1.workloadLabels)(ctx.app, v.version);
    const podLabels = { ...ownLabels };
    for (const [key, value] of Object.entries(v.podLabels ?? {})) {
        if (key in podLabels && podLabels[key] !== value) {
            throw errors.mustBe(`${p}.podLabels`, `free of '${key}' (set by CanaryService to ${JSON.stringify(podLabels[key])})`, { [key]: value });
        }
        podLabels[key] = value;
    }
    const labelErrors = (0, names_1.labelMapErrors)(v.podLabels ?? {});
    if (labelErrors.length > 0)
        throw errors.invalid(`${p}.podLabels`, labelErrors.join('; '));
    const staticAnnotations = {};
    for (const [key, value] of Object.entries(v.podAnnotations ?? {})) {
        if (MANAGED_ANNOTATIONS.includes(key))
            throw errors.mustBe(`${p}.podAnnotations`, `free of '${key}' (use 'proxyResources', which sets all four)`, key);
        if (key === proxy_config_1.PROXY_CONFIG_ANNOTATION)
            throw errors.mustBe(`${p}.podAnnotations`, `free of '${key}' (use '${p}.proxyConfig')`, key);
        const keyError = (0, names_1.labelKeyError)(key);
        if (keyError)
            throw errors.invalid(`${p}.podAnnotations`, keyError);
        if (typeof value !== 'string')
            throw errors.mustBe(`${p}.podAnnotations.${key}`, 'a string', value);
        staticAnnotations[key] = value;
    }
    Object.assign(staticAnnotations, ctx.proxyAnnotations);
    const proxyConfig = checkProxyConfig(errors, `${p}.proxyConfig`, v.proxyConfig);
    const security = (0, security_context_1.securitySettings)(errors, `${p}.securityContext`, v.securityContext);
    const volumes = new volume_1.PodVolumes(errors);
    const container = {
        ...renderContainer(errors, p, APP_CONTAINER, v, volumes, security),
        ports: renderPorts(errors, p, ctx, v.ports),
    };
    const readiness = v.readiness === undefined ? probe_1.Probe.tcp() : checkProbe(v.readiness, `${p}.readiness`);
    const readinessProbe = readiness._toKube(errors, `${p}.readiness`, ctx.targetPort, false);
    if (readinessProbe)
        container.readinessProbe = readinessProbe;
    const livenessProbe = v.liveness && checkProbe(v.liveness, `${p}.liveness`)._toKube(errors, `${p}.liveness`, ctx.targetPort, true);
    if (livenessProbe)
        container.livenessProbe = livenessProbe;
    const startupProbe = v.startup && checkProbe(v.startup, `${p}.startup`)._toKube(errors, `${p}.startup`, ctx.targetPort, true);
    if (startupProbe)
        container.startupProbe = startupProbe;
    let sleepSeconds = 0;
    if (v.preStop !== undefined) {
        if (!(v.preStop instanceof lifecycle_hook_1.LifecycleHook))
            throw errors.mustBe(`${p}.preStop`, 'a LifecycleHook (LifecycleHook.sleep, exec or httpGet)', v.preStop);
        container.lifecycle = { preStop: v.preStop._toKube(errors, `${p}.preStop`, ctx.targetPort) };
        sleepSeconds = v.preStop._sleepSeconds(errors, `${p}.preStop.duration`);
    }
    const grace = v.terminationGracePeriod === undefined ? undefined
        : (0, durations_1.wholeSeconds)(errors, `${p}.terminationGracePeriod`, v.terminationGracePeriod, 0, 2147483647);
    if (sleepSeconds > (grace ?? DEFAULT_GRACE_SECONDS)) {
        throw errors.mustBe(`${p}.preStop`, `a sleep no longer than the termination grace period (${grace ?? DEFAULT_GRACE_SECONDS} s; raise ` +
            "'terminationGracePeriod')", `${sleepSeconds} s`);
    }
    const initContainers = renderInitContainers(errors, `${p}.initContainers`, v.initContainers, volumes, security);
    if (v.volumes !== undefined) {
        if (!Array.isArray(v.volumes))
            throw errors.mustBe(`${p}.volumes`, 'a list of Volume', v.volumes);
        v.volumes.forEach((vol, i) => volumes.add(vol, `${p}.volumes[${i}]`));
    }
    const automount = v.automountServiceAccountToken ?? false;
    if (typeof automount !== 'boolean')
        throw errors.mustBe(`${p}.automountServiceAccountToken`, 'true or false', automount);
    const selector = { app: ctx.app, version: v.version };
    const podSpec = {
        automountServiceAccountToken: automount,
        ...(ctx.serviceAccountName ? { serviceAccountName: ctx.serviceAccountName } : {}),
        ...(security.pod ? { securityContext: security.pod } : {}),
        ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}),
        ...(v.imagePullSecrets !== undefined ? { imagePullSecrets: pullSecrets(errors, `${p}.imagePullSecrets`, v.imagePullSecrets) } : {}),
        ...(0, placement_1.renderPlacement)(errors, p, v, selector),
        ...(initContainers ? { initContainers } : {}),
        containers: [container],
        ...(volumes.volumes ? { volumes: volumes.volumes } : {}),
    };
    const name = `${ctx.app}-${v.version}`;
    const autoscaling = v.autoscaling === undefined ? undefined : (0, autoscaling_1.checkAutoscaling)(errors, `${p}.autoscaling`, v.autoscaling, ctx.defaultReplicas);
    if (autoscaling && v.replicas !== undefined) {
        throw errors.mustBe(`${p}.replicas`, "left out with 'autoscaling' (a fixed count would reset the autoscaler's choice on every apply)", v.replicas);
    }
    // Istio's analyzer (IST0173) fails a DestinationRule subset with no pods: traffic routed there gets 503.
    const replicas = autoscaling ? undefined : (0, prop_errors_1.checkInteger)(errors, `${p}.replicas`, v.replicas ?? ctx.defaultReplicas, 1, 2147483647);
    const deployment = {
        metadata: { name, labels: ownLabels },
        spec: {
            ...(replicas !== undefined ? { replicas } : {}),
            selector: { matchLabels: selector },
            ...(v.strategy !== undefined ? { strategy: checkStrategy(errors, `${p}.strategy`, v.strategy) } : {}),
            template: {
                metadata: { labels: podLabels, annotations: annotations },
                spec: podSpec,
            },
        },
    };
    const budget = v.disruptionBudget ?? disruption_budget_1.DisruptionBudget.DEFAULT;
    if (!(budget instanceof disruption_budget_1.DisruptionBudget)) {
        throw errors.mustBe(`${p}.disruptionBudget`, 'a DisruptionBudget (DisruptionBudget.maxUnavailable, minAvailable or none)', budget);
    }
    const budgetSpec = budget._toKube(errors, `${p}.disruptionBudget`);
    const disruptionBudget = budgetSpec && {
        metadata: { name, labels: ownLabels },
        spec: { selector: { matchLabels: selector }, ...budgetSpec },
    };
    const autoscaler = autoscaling && {
        metadata: { name, labels: ownLabels },
        spec: {
            scaleTargetRef: { apiVersion: k8s.KubeDeployment.GVK.apiVersion, kind: k8s.KubeDeployment.GVK.kind, name },
            minReplicas: autoscaling.minReplicas,
            maxReplicas: autoscaling.maxReplicas,
            metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: autoscaling.targetCpuUtilization } } }],
        },
    };
    return { version: v.version, podLabels, staticAnnotations, proxyConfig, deployment, disruptionBudget, autoscaler };
    function checkProbe(probe, prop) {
        if (!(probe instanceof probe_1.Probe))
            throw errors.mustBe(prop, 'a Probe (Probe.httpGet, tcp, grpc, exec or none)', probe);
        return probe;
    }
}
function renderContainer(errors, p, name, c, volumes, security) {
    const container = {
        name,
        image: c.image,
        imagePullPolicy: (0, image_pull_policy_1.pullPolicy)(errors, `${p}.imagePullPolicy`, c.imagePullPolicy, c.image),
        resources: (0, quantities_1.containerResources)(errors, `${p}.resources`, c.resources),
        securityContext: security.container,
    };
    if (c.command !== undefined)
        container.command = stringList(errors, `${p}.command`, c.command);
    if (c.args !== undefined)
        container.args = stringList(errors, `${p}.args`, c.args, true);
    if (c.env !== undefined) {
        if (typeof c.env !== 'object' || c.env === null)
            throw errors.mustBe(`${p}.env`, 'a map from names to EnvValue', c.env);
        container.env = Object.entries(c.env).map(([envName, value]) => {
            if (!(value instanceof env_value_1.EnvValue))
                throw errors.mustBe(`${p}.env.${envName}`, 'an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField)', value);
            return value._toKube(errors, `${p}.env`, envName);
        });
    }
    if (c.envFrom !== undefined) {
        if (!Array.isArray(c.envFrom))
            throw errors.mustBe(`${p}.envFrom`, 'a list of EnvFrom', c.envFrom);
        container.envFrom = c.envFrom.map((e, i) => {
            if (!(e instanceof env_value_1.EnvFrom))
                throw errors.mustBe(`${p}.envFrom[${i}]`, 'an EnvFrom (EnvFrom.configMap(...) or EnvFrom.secret(...))', e);
            return e._toKube(errors, `${p}.envFrom[${i}]`);
        });
    }
    const mounts = (0, volume_1.renderMounts)(errors, `${p}.mounts`, c.mounts, (vol, prop) => volumes.add(vol, prop));
    if (mounts)
        container.volumeMounts = mounts;
    return container;
}
function renderInitContainers(errors, p, list, volumes, security) {
    if (list === undefined)
        return undefined;
    if (!Array.isArray(list) || list.length === 0)
        throw errors.mustBe(p, 'a non-empty list of InitContainer (leave it out for none)', list);
    const names = new Set();
    return list.map((c, i) => {
        const at = `${p}[${i}]`;
        if (typeof c !== 'object' || c === null)
            throw errors.mustBe(at, 'an InitContainer ({ name, image })', c);
        const nameError = typeof c.name === 'string' ? (0, names_1.dns1123LabelError)(c.name) : 'must be a string';
        if (nameError)
            throw errors.invalid(`${at}.name`, nameError);
        if (c.name === APP_CONTAINER || ISTIO_CONTAINERS.includes(c.name)) {
            throw errors.mustBe(`${at}.name`, `a name other than "${APP_CONTAINER}" (the app container) and ${ISTIO_CONTAINERS.map((n) => `"${n}"`).join(', ')} (Istio's)`, c.name);
        }
        if (names.has(c.name))
            throw errors.mustBe(`${at}.name`, 'a name no other init container uses', c.name);
        names.add(c.name);
        checkImage(errors, `${at}.image`, c.image);
        return renderContainer(errors, at, c.name, c, volumes, security);
    });
}
function checkImage(errors, prop, image) {
    if (typeof image !== 'string' || image.trim() === '' || /\s/.test(image)) {
        throw errors.mustBe(prop, 'a non-empty image reference without spaces (e.g. "registry.example.com/app:1.0")', image);
    }
}
function checkStrategy(errors, prop, strategy) {
    if (!(strategy instanceof rollout_strategy_1.RolloutStrategy))
        throw errors.mustBe(prop, 'a RolloutStrategy (RolloutStrategy.rollingUpdate() or recreate())', strategy);
    return strategy._toKube(errors, prop);
}
function pullSecrets(errors, prop, names) {
    if (!Array.isArray(names) || names.length === 0)
        throw errors.mustBe(prop, 'a non-empty list of Secret names (leave it out for none)', names);
    return names.map((n, i) => {
        const error = typeof n === 'string' ? (0, names_1.dns1123SubdomainError)(n) : 'must be a string';
        if (error)
            throw errors.invalid(`${prop}[${i}]`, `Secret name ${error}`);
        return { name: n };
    });
}
function renderPorts(errors, p, ctx, extra) {
    const ports = [{ containerPort: ctx.targetPort, name: ctx.portName, protocol: 'TCP' }];
    for (const [i, port] of (extra ?? []).entries()) {
        const prop = `${p}.ports[${i}]`;
        const number = (0, prop_errors_1.checkInteger)(errors, `${prop}.number`, port?.number, 1, 65535);
        if (ISTIO_RESERVED_PORTS.includes(number))
            throw errors.mustBe(`${prop}.number`, `a port the sidecar does not use (not ${ISTIO_RESERVED_PORTS.join(', ')})`, number);
        if (ports.some((q) => q.containerPort === number))
            throw errors.mustBe(`${prop}.number`, 'a port not declared yet (the targetPort is always declared)', number);
        if (port.name !== undefined) {
            if (typeof port.name !== 'string' || port.name.length > 15 || !IANA_SVC_NAME.test(port.name) || port.name.includes('--')) {
                throw errors.mustBe(`${prop}.name`, "an IANA service name: 1-15 lower-case letters, digits and '-', with a letter, no '--'", port.name);
            }
            if (ports.some((q) => q.name === port.name))
                throw errors.mustBe(`${prop}.name`, 'a name not used by another port', port.name);
        }
        ports.push({ containerPort: number, ...(port.name ? { name: port.name } : {}), protocol: 'TCP' });
    }
    return ports;
}
function stringList(errors, prop, list, allowEmptyItems = false) {
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || (!allowEmptyItems && x === ''))) {
        throw errors.mustBe(prop, allowEmptyItems ? 'a list of strings' : 'a list of non-empty strings', list);
    }
    if (!allowEmptyItems && list.length === 0)
        throw errors.mustBe(prop, 'a non-empty list (leave it out to keep the image default)', list);
    return [...list];
}
function checkProxyConfig(errors, prop, config) {
    if (config === undefined)
        return undefined;
    let json;
    try {
        json = typeof config === 'object' && config !== null && !Array.isArray(config) ? JSON.stringify(config) : undefined;
    }
    catch {
        json = undefined;
    }
    if (json === undefined || Object.keys(config).length === 0)
        throw errors.mustBe(prop, 'a non-empty object of ProxyConfig fields (e.g. { concurrency: 2 })', config);
    return JSON.parse(json);
}
//# sourceMappingURL=version-workload.js.map