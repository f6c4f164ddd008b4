/**
 * Sidecar injection (IST0102, IST0103, IST0123), as Istio's injection analyzer sees it.
 *
 * IST0103 is reported for Pod objects only, as istioctl does for running pods. A pod template in an injected
 * namespace gets its sidecar at admission, so its lack of an istio-proxy container is not a finding; templates
 * that opt out on purpose are left alone like Istio leaves such pods alone (CDK8SISTIO-002 covers the case
 * where opting out breaks STRICT mTLS).
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeInjection(model: MeshModel, out: Finding[]): void;
