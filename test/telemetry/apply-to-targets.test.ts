/**
 * BufferedAccessLogging.applyTo takes any construct that renders a pod template: cdk8s-plus workloads of any
 * cdk8s-plus-NN (28 and 33 here), plain ApiObjects of the workload kinds, and constructs whose default child is one.
 */
import { ApiObject, Size, Testing } from 'cdk8s';
import * as kplus28 from 'cdk8s-plus-28';
import * as kplus33 from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { BufferedAccessLogging } from '../../src/telemetry';
import { PROXY_CONFIG_ANNOTATION } from '../../src/shared/proxy-config';
import { chartFor, Doc } from './helpers';

const FLUSH = '{"fileFlushInterval":"1s","fileFlushMinSizeKb":64}';

function rendered(chart: ReturnType<typeof chartFor>, kind: string): Doc {
  return Testing.synth(chart).find((o: Doc) => o.kind === kind);
}

function workloadObject(scope: Construct, id: string, kind: string, apiVersion: string, spec: object, name = id): ApiObject {
  return new ApiObject(scope, id, { apiVersion, kind, metadata: { name }, spec });
}

const POD_SPEC = { containers: [{ name: 'app', image: 'busybox:1.36' }] };
const JOB_POD_SPEC = { ...POD_SPEC, restartPolicy: 'Never' };

describe('applyTo with cdk8s-plus-33 (what `cdk8s init` installs) as well as cdk8s-plus-28', () => {
  test.each([
    ['cdk8s-plus-33', (c: Construct) => new kplus33.Deployment(c, 'worker', { containers: [{ image: 'busybox:1.36' }] })],
    ['cdk8s-plus-28', (c: Construct) => new kplus28.Deployment(c, 'worker', { containers: [{ image: 'busybox:1.36' }] })],
  ])('%s Deployment', (_name, make) => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    logs.applyTo(make(chart));
    expect(rendered(chart, 'Deployment').spec.template.metadata.annotations).toEqual({ [PROXY_CONFIG_ANNOTATION]: FLUSH });
  });

  test('a cdk8s-plus-33 StatefulSet keeps its other pod annotations', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', { minFlushSize: Size.kibibytes(128) });
    const service = new kplus33.Service(chart, 'svc', { ports: [{ port: 80 }] });
    const set = new kplus33.StatefulSet(chart, 'db', { service, containers: [{ image: 'busybox:1.36' }] });
    set.podMetadata.addAnnotation('team', 'data');
    logs.applyTo(set);
    expect(rendered(chart, 'StatefulSet').spec.template.metadata.annotations).toEqual({
      team: 'data', [PROXY_CONFIG_ANNOTATION]: '{"fileFlushInterval":"1s","fileFlushMinSizeKb":128}',
    });
  });
});

describe('applyTo with plain ApiObjects (JSON patch on the rendered pod template)', () => {
  test('a Job without pod metadata gets the whole path created', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    logs.applyTo(workloadObject(chart, 'raw', 'Job', 'batch/v1', { template: { spec: JOB_POD_SPEC } }));
    expect(rendered(chart, 'Job').spec.template).toEqual({
      metadata: { annotations: { [PROXY_CONFIG_ANNOTATION]: FLUSH } }, spec: JOB_POD_SPEC,
    });
  });

  test('an existing annotation is merged and the other annotations stay', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    logs.applyTo(workloadObject(chart, 'raw', 'DaemonSet', 'apps/v1', {
      selector: { matchLabels: { app: 'raw' } },
      template: {
        metadata: { labels: { app: 'raw' }, annotations: { team: 'edge', [PROXY_CONFIG_ANNOTATION]: 'concurrency: 2' } },
        spec: POD_SPEC,
      },
    }));
    const annotations = rendered(chart, 'DaemonSet').spec.template.metadata.annotations;
    expect(annotations.team).toBe('edge');
    expect(JSON.parse(annotations[PROXY_CONFIG_ANNOTATION])).toEqual({ concurrency: 2, fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });

  test('a CronJob: the job template\'s pod template', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    logs.applyTo(workloadObject(chart, 'nightly', 'CronJob', 'batch/v1', {
      schedule: '0 3 * * *', jobTemplate: { spec: { template: { metadata: { labels: { app: 'n' } }, spec: JOB_POD_SPEC } } },
    }));
    expect(rendered(chart, 'CronJob').spec.jobTemplate.spec.template.metadata).toEqual({
      labels: { app: 'n' }, annotations: { [PROXY_CONFIG_ANNOTATION]: FLUSH },
    });
  });

  test('a Pod: its own metadata', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    logs.applyTo(workloadObject(chart, 'one', 'Pod', 'v1', POD_SPEC));
    expect(rendered(chart, 'Pod').metadata.annotations).toEqual({ [PROXY_CONFIG_ANNOTATION]: FLUSH });
  });

  test('a construct whose default child is the workload object', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    const wrapper = new Construct(chart, 'wrapper');
    workloadObject(wrapper, 'Resource', 'Job', 'batch/v1', { template: { spec: JOB_POD_SPEC } }, 'wrapped');
    logs.applyTo(wrapper);
    expect(rendered(chart, 'Job').spec.template.metadata.annotations).toEqual({ [PROXY_CONFIG_ANNOTATION]: FLUSH });
  });

  test('a construct without a pod template is refused with the kinds that have one', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    const config = new ApiObject(chart, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } });
    expect(() => logs.applyTo(config)).toThrow(
      "BufferedAccessLogging 'logs': applyTo(test/settings): the construct renders no pod template: pass a cdk8s-plus " +
      'workload or an ApiObject of kind Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob');
    expect(() => logs.applyTo(new Construct(chart, 'empty'))).toThrow(
      "BufferedAccessLogging 'logs': applyTo(test/empty): the construct renders no pod template");
  });
});
