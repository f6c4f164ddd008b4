/**
 * `check-transition`: the replay of `kubectl apply <to>` over `<from>` catches every state that drops a route,
 * and says how to stage the change.
 */
import * as path from 'path';
import { cli, fixture } from '../cli/helpers';
import { deployment, destinationRule, service, virtualService, yamlOf } from './objects';

const CANARY = [service(), deployment('v1'), deployment('v2'), destinationRule('v1', 'v2'), virtualService({ v1: 90, v2: 10 })];
const PROMOTED = [service(), deployment('v2'), destinationRule('v2'), virtualService({ v2: 100 })];

async function transition(from: readonly object[], to: readonly object[], ...flags: string[]) {
  const dir = fixture({ 'from/app.yaml': yamlOf(from), 'to/app.yaml': yamlOf(to) });
  return cli(['check-transition', ...flags, path.join(dir, 'from'), path.join(dir, 'to')]);
}

describe('promotion from (v1 stable, v2 canary) to (v2)', () => {
  test('the naive promotion, dropping subset v1 in the same apply, is caught with the staging', async () => {
    const r = await transition(CANARY, PROMOTED, '--format', 'json');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings).toEqual([expect.objectContaining({
      severity: 'error',
      step: 3,
      action: 'apply',
      objects: ['DestinationRule billing/billing-service'],
      route: expect.objectContaining({ kind: 'VirtualService', namespace: 'billing', name: 'billing-service', document: 5 }),
      path: 'spec.http[0].route[0].destination',
      problem: 'subset-missing',
    })]);
    expect(findings[0].message).toBe('after step 3, apply DestinationRule billing/billing-service: VirtualService ' +
      'billing/billing-service (as in <from>) spec.http[0].route[0].destination sends traffic nowhere: subset "v1" of ' +
      'host "billing-service" is not defined by any DestinationRule');
    expect(findings[0].fix).toMatch(/^apply in two steps: first VirtualService billing\/billing-service, then DestinationRule billing\/billing-service \(with CanaryService: promote with the old version as `retiring`/);
  });

  test('the staged promotion passes both applies (old subset and Deployment kept one release longer)', async () => {
    const retiring = [service(), deployment('v2'), deployment('v1'), destinationRule('v2', 'v1'), virtualService({ v2: 100 })];
    const first = await transition(CANARY, retiring);
    expect(first).toEqual({
      status: 0, stderr: '', stdout: '5 objects applied in order, 0 pruned at the end: every intermediate state serves all traffic\n',
    });
    const second = await transition(retiring, PROMOTED);
    expect(second.stdout).toBe('4 objects applied in order, 1 pruned at the end: every intermediate state serves all traffic\n');
    expect(second.status).toBe(0);
  });

  test('pruning a Deployment that a route still uses is caught, in the worst order kubectl may prune', async () => {
    // <to> lacks both the v1 Deployment and the VirtualService that routes to it: kubectl may delete the Deployment first.
    const to = [service(), deployment('v2'), destinationRule('v1', 'v2')];
    const r = await transition(CANARY, to, '--format', 'json');
    expect(r.status).toBe(1);
    const [f] = JSON.parse(r.stdout);
    expect(f).toMatchObject({ step: 4, action: 'prune', objects: ['Deployment billing/billing-service-v1'], problem: 'no-pods' });
    expect(f.fix).toBe('apply in two steps: first remove VirtualService billing/billing-service (apply <to> while ' +
      'Deployment billing/billing-service-v1 still exist), then prune Deployment billing/billing-service-v1 in a later apply; ' +
      'kubectl prunes kind by kind and may delete them before VirtualService billing/billing-service');
  });

  test('a new version whose Deployment comes after the route that uses it is caught', async () => {
    const to = [service(), deployment('v1'), destinationRule('v1', 'v2'), virtualService({ v1: 90, v2: 10 }), deployment('v2')];
    const r = await transition([service(), deployment('v1'), destinationRule('v1'), virtualService({ v1: 100 })], to, '--format', 'json');
    expect(r.status).toBe(1);
    const [f] = JSON.parse(r.stdout);
    expect(f).toMatchObject({ step: 4, problem: 'no-pods', path: 'spec.http[0].route[1].destination' });
    expect(f.message).toContain('no running pods serve subset "v2" of Service billing/billing-service');
    expect(f.fix).toBe('apply in two steps: first Deployment billing/billing-service-v2, then VirtualService billing/billing-service');
  });
});

describe('changes that keep every route served', () => {
  test('weights only', async () => {
    const r = await transition(CANARY, [...CANARY.slice(0, 4), virtualService({ v1: 50, v2: 50 })]);
    expect(r.status).toBe(0);
  });

  test('a brand-new service, whatever the order of its objects', async () => {
    const r = await transition([], [virtualService({ v1: 100 }), destinationRule('v1'), service(), deployment('v1')]);
    expect(r.status).toBe(0);
  });

  test('scaling a version to zero while a route uses it is not', async () => {
    const to = [service(), deployment('v1'), deployment('v2', { replicas: 0 }), destinationRule('v1', 'v2'), virtualService({ v1: 90, v2: 10 })];
    const r = await transition(CANARY, to, '--format', 'json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ step: 3, problem: 'no-pods', fix: expect.stringMatching(/^<to> itself leaves this traffic unserved/) });
  });
});

describe('renamed Service port', () => {
  const from = [service(80), deployment('v1'), destinationRule('v1'), virtualService({ v1: 100 }, 80)];
  const to = [service(8080), deployment('v1'), destinationRule('v1'), virtualService({ v1: 100 }, 8080)];

  test('is caught, and the fix adds the new port before removing the old one', async () => {
    const r = await transition(from, to, '--format', 'json');
    expect(r.status).toBe(1);
    const [f] = JSON.parse(r.stdout);
    expect(f).toMatchObject({ step: 1, objects: ['Service billing/billing-service'], problem: 'port-missing' });
    expect(f.message).toContain('Service billing/billing-service has no port 80 (its ports: 8080)');
    expect(f.fix).toBe('no order of VirtualService billing/billing-service and Service billing/billing-service is safe: ' +
      'apply in three steps: first a version of Service billing/billing-service that keeps both the old and the new port, ' +
      'then VirtualService billing/billing-service, then Service billing/billing-service as in <to>');
  });

  test('a renamed target port is caught: neither the Service nor the Deployment may go first', async () => {
    const a = [service(80, { targetPort: 'http' }), deployment('v1')];
    const b = [service(80, { targetPort: 'web' }), deployment('v1', { portName: 'web' })];
    const r = await transition(a, b, '--format', 'json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      route: expect.objectContaining({ kind: 'Service' }), path: 'spec.ports[0]', problem: 'no-pods',
      message: expect.stringContaining('and a container port named "web"'),
      fix: 'no order of Deployment billing/billing-service-v1 and Service billing/billing-service is safe: apply in three ' +
        'steps: first a version of Deployment billing/billing-service-v1 that serves both the old and the new route (pod ' +
        'labels and container port names of both), then Service billing/billing-service, then Deployment ' +
        'billing/billing-service-v1 as in <to>',
    });
  });
});

describe('apply order and Gateway API routes', () => {
  function versionService(version: string): object {
    return {
      apiVersion: 'v1', kind: 'Service', metadata: { name: `billing-${version}`, namespace: 'billing' },
      spec: { selector: { app: 'billing-service', version }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    };
  }
  function httpRoute(version: string): object {
    return {
      apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'billing', namespace: 'billing' },
      spec: {
        parentRefs: [{ group: '', kind: 'Service', name: 'billing-service', port: 80 }],
        rules: [{ backendRefs: [{ name: `billing-${version}`, port: 80 }] }],
      },
    };
  }

  test('files of a directory apply in lexical order: an HTTPRoute file sorted before its new backend is caught', async () => {
    const dir = fixture({
      'from/a.yaml': yamlOf([service(), deployment('v1'), versionService('v1'), httpRoute('v1')]),
      'to/a-routes.yaml': yamlOf([httpRoute('v2')]),
      'to/b-workloads.yaml': yamlOf([service(), deployment('v2'), versionService('v2')]),
    });
    const r = await cli(['check-transition', '--format', 'json', path.join(dir, 'from'), path.join(dir, 'to')]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({
      step: 1, objects: ['HTTPRoute billing/billing'], path: 'spec.rules[0].backendRefs[0]', problem: 'service-missing',
      fix: 'apply in two steps: first Service billing/billing-v2, then HTTPRoute billing/billing',
    })]);
    const renamed = fixture({
      'from/a.yaml': yamlOf([service(), deployment('v1'), versionService('v1'), httpRoute('v1')]),
      'to/a-workloads.yaml': yamlOf([service(), deployment('v2'), versionService('v2')]),
      'to/b-routes.yaml': yamlOf([httpRoute('v2')]),
    });
    expect((await cli(['check-transition', path.join(renamed, 'from'), path.join(renamed, 'to')])).status).toBe(0);
  });
});

describe('ingress routes', () => {
  function edge(...subsets: string[]): object {
    return {
      apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'edge', namespace: 'billing' },
      spec: {
        hosts: ['billing.example.com'], gateways: ['istio-ingress/public'],
        http: [{ route: subsets.map((subset) => ({ destination: { host: 'billing-service', subset }, weight: 100 / subsets.length })) }],
      },
    };
  }

  test('a VirtualService bound to a gateway carries traffic whatever its hosts: dropping its subset first is caught', async () => {
    const from = [service(), deployment('v1'), deployment('v2'), destinationRule('v1', 'v2'), edge('v1', 'v2')];
    const to = [service(), deployment('v1'), deployment('v2'), destinationRule('v2'), edge('v2')];
    const r = await transition(from, to, '--format', 'json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      step: 4, route: expect.objectContaining({ name: 'edge' }), problem: 'subset-missing',
      fix: 'apply in two steps: first VirtualService billing/edge, then DestinationRule billing/billing-service (with ' +
        'CanaryService: promote with the old version as `retiring`, which keeps its subset and Deployment for one more release)',
    });
  });

  test('<from> may come from standard input', async () => {
    const dir = fixture({ 'to.yaml': yamlOf([...CANARY.slice(0, 4), virtualService({ v1: 50, v2: 50 })]) });
    const r = await cli(['check-transition', '-', path.join(dir, 'to.yaml')], yamlOf(CANARY));
    expect(r).toEqual({ status: 0, stderr: '', stdout: '5 objects applied in order, 0 pruned at the end: every intermediate state serves all traffic\n' });
  });
});

describe('report', () => {
  test('text: each finding with the file of its route and the fix, then a summary', async () => {
    const r = await transition(CANARY, PROMOTED);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/from\/app\.yaml \(document 5\): error after step 3, apply DestinationRule billing\/billing-service: /);
    expect(lines[1]).toMatch(/^ {2}fix: apply in two steps: first VirtualService billing\/billing-service, then DestinationRule/);
    expect(lines[2]).toBe('4 objects applied in order, 1 pruned at the end: 1 route loses traffic on the way');
  });

  test('check-transition needs exactly two inputs', async () => {
    const r = await cli(['check-transition', 'a.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cdk8s-istio: 'check-transition' needs exactly two inputs, <from> and <to>, got 1\n");
  });

  test('unusable input exits 2 and names it', async () => {
    const dir = fixture({ 'to.yaml': yamlOf(PROMOTED) });
    const r = await cli(['check-transition', path.join(dir, 'nope.yaml'), path.join(dir, 'to.yaml')]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `cdk8s-istio: ${path.join(dir, 'nope.yaml')}: no such file or directory\n` });
  });
});
