/**
 * CDK8SISTIO-010: a Telemetry naming a provider that no mesh config defines. Istio skips unknown provider names
 * silently, so such a Telemetry logs, traces or measures nothing.
 *
 * When the inputs hold the mesh config (the `istio` ConfigMap of the root namespace, or an IstioOperator's
 * meshConfig), its extensionProviders plus Istio's built-in ones are the whole list: an unknown name is an error.
 * Otherwise the mesh config lives elsewhere and may define it: a warning says so.
 */
import { Finding, Severity } from '../finding';
import { UNKNOWN_TELEMETRY_PROVIDER } from '../finding-codes';
import { MeshModel } from './model';
import { asArray, asObject, asString } from './resource';

/** Providers every default MeshConfig has (pkg/config/mesh/mesh.go DefaultMeshConfig). */
export const BUILT_IN_TELEMETRY_PROVIDERS: readonly string[] = ['envoy', 'prometheus', 'stackdriver'];

const SIGNALS = ['accessLogging', 'metrics', 'tracing'];

export function analyzeTelemetryProviders(model: MeshModel, out: Finding[]): void {
  if (model.telemetries.length === 0) return;
  const defined = new Set(BUILT_IN_TELEMETRY_PROVIDERS);
  for (const { meshConfig } of model.meshConfigSources) {
    for (const p of asArray(meshConfig.extensionProviders)) {
      const name = asString(asObject(p).name);
      if (name) defined.add(name);
    }
  }
  const authoritative = model.meshConfigSources.length > 0;
  for (const t of model.telemetries) {
    for (const signal of SIGNALS) {
      asArray(t.spec[signal]).forEach((entry, i) => {
        asArray(asObject(entry).providers).forEach((p, j) => {
          const name = asString(asObject(p).name);
          if (!name || defined.has(name)) return;
          const path = `spec.${signal}[${i}].providers[${j}].name`;
          const finding = t.finding(UNKNOWN_TELEMETRY_PROVIDER, path, authoritative
            ? `provider "${name}" is not defined by the mesh config in the inputs (extensionProviders of ` +
              `${model.meshConfigSources.map((s) => s.res.origin).join(', ')}; built-in: ${BUILT_IN_TELEMETRY_PROVIDERS.join(', ')}), ` +
              'and Istio silently ignores unknown providers; add it to meshConfig.extensionProviders or fix the name'
            : `provider "${name}" is not one of Istio's built-in providers (${BUILT_IN_TELEMETRY_PROVIDERS.join(', ')}) and ` +
              'no mesh config is in the inputs to define it; make sure meshConfig.extensionProviders defines it, ' +
              'since Istio silently ignores unknown providers');
          out.push(authoritative ? finding : { ...finding, severity: Severity.WARNING });
        });
      });
    }
  }
}
