import { App, Chart, Duration, Size, Testing } from 'cdk8s';
import { AccessLogEncoding, BufferedAccessLogging, CanaryService } from '../../src';
import { PROXY_CONFIG_ANNOTATION } from '../../src/shared/proxy-config';
import { appFor, ofKind } from './helpers';

function billing(app: App): Chart {
  const chart = new Chart(app, 'billing', { namespace: 'billing' });
  new CanaryService(chart, 'billing-service', {
    name: 'billing-service', port: 80, targetPort: 8080,
    stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2' },
    canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0' },
    canaryWeight: 10,
  });
  return chart;
}

function podAnnotations(chart: Chart): { [version: string]: string | undefined } {
  const result: { [version: string]: string | undefined } = {};
  for (const dep of ofKind(Testing.synth(chart), 'Deployment')) {
    const template = dep.spec.template.metadata;
    result[template.labels.version] = template.annotations?.[PROXY_CONFIG_ANNOTATION];
  }
  return result;
}

describe('BufferedAccessLogging with CanaryService', () => {
  test('namespace scope: both versions of the service get the flush settings', () => {
    const app = appFor();
    const chart = billing(app);
    new BufferedAccessLogging(new Chart(app, 'logging'), 'logs', {
      namespace: 'billing', flushInterval: Duration.seconds(1), minFlushSize: Size.mebibytes(1),
    });
    const flush = { fileFlushInterval: '1s', fileFlushMinSizeKb: 1024 };
    const annotations = podAnnotations(chart);
    expect(Object.keys(annotations).sort()).toEqual(['v1', 'v2']);
    expect(JSON.parse(annotations.v1!)).toEqual(flush);
    expect(JSON.parse(annotations.v2!)).toEqual(flush);
  });

  test('workload scope: only the selected version gets them', () => {
    const app = appFor();
    const chart = billing(app);
    new BufferedAccessLogging(chart, 'logs', { namespace: 'billing', selector: { app: 'billing-service', version: 'v2' } });
    const annotations = podAnnotations(chart);
    expect(annotations.v1).toBeUndefined();
    expect(JSON.parse(annotations.v2!)).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });

  test('another namespace or mesh-wide scope adds no annotation', () => {
    const app = appFor();
    const chart = billing(app);
    const mesh = new Chart(app, 'mesh');
    new BufferedAccessLogging(mesh, 'payments-logs', { namespace: 'payments' });
    new BufferedAccessLogging(mesh, 'mesh-logs', { encoding: AccessLogEncoding.JSON });
    expect(podAnnotations(chart)).toEqual({ v1: undefined, v2: undefined });
  });
});
