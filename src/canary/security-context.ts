import * as k8s from '../../imports/k8s';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { optionalNumber, optionalObject } from '../shared/prop-types';
import { WorkloadSecurityOptions } from './canary-service-version';

// Istio's sidecar runs as this UID and its traffic capture skips it: an app running as 1337 bypasses the mesh.
const SIDECAR_UID = 1337;

/** The security settings of a version's containers and pod, checked once and shared by all its containers. */
export interface SecuritySettings {
  readonly container: k8s.SecurityContext;
  /** Undefined when nothing is set at pod level (Kubernetes then applies no pod-level constraint). */
  readonly pod?: k8s.PodSecurityContext;
}

/**
 * Container and pod security contexts. Fields the user leaves alone are not written, except the two that never
 * break an ordinary image (no privilege escalation, not privileged). `restricted` adds what the Pod Security
 * Standard "restricted" requires: seccomp RuntimeDefault, all capabilities dropped, non-root.
 */
export function securitySettings(errors: PropErrors, prop: string, s: WorkloadSecurityOptions | undefined): SecuritySettings {
  optionalObject(errors, prop, s, 'a WorkloadSecurityOptions object');
  // A finite number first, then the UID / GID range below.
  for (const key of ['runAsUser', 'runAsGroup'] as const) optionalNumber(errors, `${prop}.${key}`, s?.[key]);
  const restricted = flag(errors, `${prop}.restricted`, s?.restricted);
  const runAsNonRootProp = flag(errors, `${prop}.runAsNonRoot`, s?.runAsNonRoot);
  if (restricted && runAsNonRootProp === false) {
    throw errors.mustBe(`${prop}.runAsNonRoot`, "true or left out when 'restricted' is true (the restricted standard forbids root)", false);
  }
  const runAsNonRoot = restricted || runAsNonRootProp === true;
  const readOnlyRootFilesystem = flag(errors, `${prop}.readOnlyRootFilesystem`, s?.readOnlyRootFilesystem) ?? false;
  const container: { -readonly [K in keyof k8s.SecurityContext]: k8s.SecurityContext[K] } = {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem,
  };
  if (runAsNonRoot) container.runAsNonRoot = true;
  if (restricted) container.capabilities = { drop: ['ALL'] };
  if (s?.runAsUser !== undefined) {
    const uid = checkInteger(errors, `${prop}.runAsUser`, s.runAsUser, 0, 2147483647);
    if (uid === SIDECAR_UID) throw errors.mustBe(`${prop}.runAsUser`, 'a UID other than 1337 (the sidecar\'s UID, whose traffic Istio does not capture)', uid);
    if (uid === 0 && runAsNonRoot) throw errors.mustBe(`${prop}.runAsUser`, `a non-zero UID when '${restricted ? 'restricted' : 'runAsNonRoot'}' is true`, uid);
    container.runAsUser = uid;
  }
  if (s?.runAsGroup !== undefined) container.runAsGroup = checkInteger(errors, `${prop}.runAsGroup`, s.runAsGroup, 0, 2147483647);
  const pod: { -readonly [K in keyof k8s.PodSecurityContext]: k8s.PodSecurityContext[K] } = {};
  if (runAsNonRoot) pod.runAsNonRoot = true;
  if (restricted) pod.seccompProfile = { type: 'RuntimeDefault' };
  return { container, ...(Object.keys(pod).length > 0 ? { pod } : {}) };
}

function flag(errors: PropErrors, prop: string, value: boolean | undefined): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') throw errors.mustBe(prop, 'true or false', value);
  return value;
}
