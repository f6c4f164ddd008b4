import * as k8s from '../../imports/k8s';
import { PropErrors } from '../shared/prop-errors';
import { WorkloadSecurityOptions } from './canary-service-version';
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
export declare function securitySettings(errors: PropErrors, prop: string, s: WorkloadSecurityOptions | undefined): SecuritySettings;
