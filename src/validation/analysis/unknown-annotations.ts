/**
 * IST0108: a key in an Istio domain (prefix ending in `istio.io`) that is not one of Istio's annotations, as Istio's
 * annotation analyzer reports it on Namespaces, Services, Pods and Deployments. Usually a typo, which Istio then
 * ignores without a word (`sidecar.istio.io/proxyCpu` leaves the proxy's defaults in place).
 */
import { Finding } from '../finding';
import { UNKNOWN_ANNOTATION } from '../finding-codes';
import { ANALYZER_SKIPPED_ANNOTATIONS, ISTIO_ANNOTATIONS, isIstioAnnotationKey } from './annotation-table';
import { annotatedObjects, annotationPath } from './annotations';
import { MeshModel } from './model';

/** Known keys by lower case, for the hint on a key that differs from one only in case. */
let byLowerCase: ReadonlyMap<string, string> | undefined;

function sameButForCase(key: string): string | undefined {
  byLowerCase ??= new Map([...ISTIO_ANNOTATIONS.keys()].map((k) => [k.toLowerCase(), k]));
  return byLowerCase.get(key.toLowerCase());
}

export function analyzeUnknownAnnotations(model: MeshModel, out: Finding[]): void {
  for (const res of annotatedObjects(model)) {
    for (const key in res.annotations) {
      if (!isIstioAnnotationKey(key) || ISTIO_ANNOTATIONS.has(key) || ANALYZER_SKIPPED_ANNOTATIONS.has(key)) continue;
      const near = sameButForCase(key);
      // Istio's text, then what this project adds.
      out.push(res.finding(UNKNOWN_ANNOTATION, annotationPath('metadata', key),
        `Unknown annotation: ${key}${near ? `; did you mean ${near}?` : ''}`));
    }
  }
}
