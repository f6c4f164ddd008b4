/**
 * Sidecar injection (IST0102, IST0103, IST0123), as Istio's injection analyzer sees it.
 *
 * IST0103 is reported for Pod objects only, as istioctl does for running pods. A pod template in an injected
 * namespace gets its sidecar at admission, so its lack of an istio-proxy container is not a finding; templates
 * that opt out on purpose are left alone like Istio leaves such pods alone (CDK8SISTIO-002 covers the case
 * where opting out breaks STRICT mTLS).
 */
import { Finding } from '../finding';
import {
  NAMESPACE_INJECTION_ENABLED_BY_DEFAULT, NAMESPACE_MULTIPLE_INJECTION_LABELS, NAMESPACE_NOT_INJECTED, POD_MISSING_PROXY,
} from '../finding-codes';
import { DEFAULT_ROOT_NAMESPACE, MeshModel } from './model';
import {
  DATAPLANE_MODE_LABEL, INJECTION_LABEL, conflictingModeLabels, isIgnoredNamespace, MeshMode, meshModeOf, optsOutOfSidecar,
  REVISION_LABEL,
} from './namespaces';
import { hasProxyContainer, usesHostNetwork } from './workloads';

export function analyzeInjection(model: MeshModel, out: Finding[]): void {
  const injected = new Set<string>();
  for (const ns of model.namespaces.values()) {
    if (ns.name === DEFAULT_ROOT_NAMESPACE || isIgnoredNamespace(ns.name)) continue;
    const present = conflictingModeLabels(ns.labels);
    if (present.length > 1) {
      out.push(ns.finding(NAMESPACE_MULTIPLE_INJECTION_LABELS, 'metadata.labels',
        `namespace "${ns.name}" carries ${present.map((l) => `"${l}"`).join(' and ')}, which select different ` +
        `data planes; keep exactly one (${INJECTION_LABEL}=enabled or ${REVISION_LABEL}=<revision> for sidecars, ` +
        `${DATAPLANE_MODE_LABEL}=ambient for ambient)`));
      continue;
    }
    const mode = meshModeOf(ns.labels);
    if (mode === MeshMode.AMBIENT) continue;
    if ((ns.labels[INJECTION_LABEL] ?? '') === '' && ns.labels[REVISION_LABEL] === undefined) {
      if (model.injectNamespacesByDefault) {
        out.push(ns.finding(NAMESPACE_INJECTION_ENABLED_BY_DEFAULT, 'metadata.labels',
          `namespace "${ns.name}" has no injection label, and the injector enables every such namespace ` +
          '(sidecarInjectorWebhook.enableNamespacesByDefault): its pods get a sidecar unless they opt out'));
        continue;
      }
      out.push(ns.finding(NAMESPACE_NOT_INJECTED, 'metadata.labels',
        `namespace "${ns.name}" is not enabled for Istio: its pods get no sidecar; label it ` +
        `${INJECTION_LABEL}=enabled (or ${REVISION_LABEL}=<revision>, or ${DATAPLANE_MODE_LABEL}=ambient)`));
      continue;
    }
    if (mode === MeshMode.SIDECAR) injected.add(ns.name);
  }
  for (const w of model.workloads) {
    if (w.templatePath || !injected.has(w.res.ns)) continue;
    if (optsOutOfSidecar(w.labels, w.annotations) || usesHostNetwork(w) || hasProxyContainer(w)) continue;
    out.push(w.res.finding(POD_MISSING_PROXY, 'spec.containers',
      `pod "${w.res.name}" runs in the injected namespace "${w.res.ns}" without an istio-proxy container (it was ` +
      'created before injection was enabled, or the injector was down); restart it (e.g. `kubectl rollout restart` ' +
      'of its owner) so that it gets a sidecar'));
  }
}
