/**
 * IST0135: a deprecated Istio annotation on a Namespace, Service, Pod or Deployment, as Istio's annotation analyzer
 * reports it. The injection annotation is not reported on an object that also carries the injection label (its
 * replacement): keeping both is how a workload supports older Istio versions.
 */
import { Finding } from '../finding';
import { DEPRECATED_ANNOTATION } from '../finding-codes';
import { SIDECAR_INJECT } from '../util/istio-names';
import { ISTIO_ANNOTATIONS } from './annotation-table';
import { annotatedObjects, annotationPath } from './annotations';
import { MeshModel } from './model';

/** What Istio appends to the message for annotations with a named replacement. */
const REPLACEMENTS: { readonly [key: string]: string } = {
  [SIDECAR_INJECT]: ` in favor of the "${SIDECAR_INJECT}" label`,
};

export function analyzeDeprecatedAnnotations(model: MeshModel, out: Finding[]): void {
  for (const res of annotatedObjects(model)) {
    for (const key in res.annotations) {
      if (ISTIO_ANNOTATIONS.get(key)?.deprecated !== true) continue;
      if (key === SIDECAR_INJECT && res.labels[SIDECAR_INJECT] !== undefined) continue;
      out.push(res.finding(DEPRECATED_ANNOTATION, annotationPath('metadata', key),
        `Annotation ${JSON.stringify(key)} has been deprecated${REPLACEMENTS[key] ?? ''} and may not work in future Istio versions.`));
    }
  }
}
