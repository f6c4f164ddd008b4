/**
 * CDK8SISTIO-011: a STRICT namespace whose Services the inputs show being called from outside the mesh. STRICT
 * refuses plaintext, and a caller without a proxy has nothing else to send, so those calls fail at runtime.
 *
 * "Called" means what the manifests show, nothing guessed from names alone (docs/analysis.md):
 * - an Ingress (networking.k8s.io) whose class is not Istio's sends its controller's requests to the backend
 *   Services of its namespace; ingress controllers such as ingress-nginx run without a sidecar;
 * - a pod template that asks Prometheus to scrape an app port (`prometheus.io/scrape` + `prometheus.io/port`)
 *   while Istio's metrics merging is off for it (`prometheus.istio.io/merge-metrics: "false"`, or
 *   `meshConfig.enablePrometheusMerge: false`); with merging on, Istio rewrites the annotations to its own port
 *   15020, which STRICT does not cover;
 * - a workload outside the mesh whose container env values, command or args name a Service of the namespace by
 *   `<service>.<namespace>`, `<service>.<namespace>.svc` or `<service>.<namespace>.svc.cluster.local`.
 * A namespace counts when it is uniformly STRICT (no workload policy relaxes a port) and its pods get a proxy
 * (its Namespace object is labelled for sidecars or ambient, or, when not in the inputs, it declares STRICT).
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeCallersOutsideMesh(model: MeshModel, out: Finding[]): void;
