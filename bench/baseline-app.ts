/**
 * The baseline: the very same YAML, built from raw cdk8s ApiObjects (no constructs, no validation) in the
 * same chart layout, synthesized the same way.
 */
import { ApiObject, App, Chart, YamlOutputType } from 'cdk8s';

/** One chart's worth of rendered objects, as the library app produced them. */
export interface ChartDocs {
  readonly id: string;
  readonly namespace?: string;
  readonly objects: Array<{ [key: string]: unknown }>;
}

export function buildBaselineApp(charts: readonly ChartDocs[], outdir: string): App {
  const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_CHART });
  for (const c of charts) {
    const chart = new Chart(app, c.id, c.namespace ? { namespace: c.namespace } : {});
    c.objects.forEach((obj, i) => {
      const { apiVersion, kind, ...rest } = obj as { apiVersion: string; kind: string };
      new ApiObject(chart, `o${i}`, { apiVersion, kind, ...rest });
    });
  }
  return app;
}
