import { analyze } from '../../../src/validation/analysis';
import { deployment, namespace, pairs, run, service } from './fixtures';

const app = () => deployment('api', 'shop', { app: 'api' });

describe('IST0116 Deployment behind Services with different protocols on one port', () => {
  test('fires on the Deployment', () => {
    const findings = run([app(),
      service('api-tcp', 'shop', { app: 'api' }, [{ port: 53, name: 'dns-tcp', protocol: 'TCP' }]),
      service('api-udp', 'shop', { app: 'api' }, [{ port: 53, name: 'dns-udp', protocol: 'UDP' }]),
    ], 'IST0116');
    expect(pairs(findings)).toEqual([{ code: 'IST0116', origin: 'Deployment shop/api', path: 'spec.template.metadata.labels' }]);
    expect(findings[0].message).toBe('the Services selecting this Deployment expose port 53 with different protocols: ' +
      'TCP (api-tcp) vs UDP (api-udp); a pod port can serve one protocol only, so use one protocol per port number (or separate the pods)');
  });

  test('does not fire for one Service exposing a port over TCP and UDP (DNS)', () => {
    expect(run([app(), service('dns', 'shop', { app: 'api' }, [
      { port: 53, name: 'dns-tcp', protocol: 'TCP' }, { port: 53, name: 'dns-udp', protocol: 'UDP' }]),
    ], 'IST0116')).toEqual([]);
  });

  test('does not fire when the protocols agree (unset means TCP)', () => {
    expect(run([app(),
      service('a', 'shop', { app: 'api' }, [{ port: 80, name: 'http' }]),
      service('b', 'shop', { app: 'api' }, [{ port: 80, name: 'http', protocol: 'TCP' }]),
    ], 'IST0116')).toEqual([]);
  });
});

describe('IST0137 Deployment target port behind different service ports', () => {
  test('fires when one target port is reached through two service ports (named target ports resolved)', () => {
    const findings = run([app(),
      service('a', 'shop', { app: 'api' }, [{ port: 80, name: 'http', targetPort: 8080 }]),
      service('b', 'shop', { app: 'api' }, [{ port: 8000, name: 'http', targetPort: 'http' }]),
    ], 'IST0137');
    expect(pairs(findings)).toEqual([{ code: 'IST0137', origin: 'Deployment shop/api', path: 'spec.template.metadata.labels' }]);
    expect(findings[0].message).toBe('Services a, b send target port 8080 of this Deployment through different service ' +
      'ports (80, 8000); Istio keeps one of them per target port, so give every Service the same port number for it');
  });

  test('does not fire for one Service mapping two ports to one target port', () => {
    expect(run([app(), service('a', 'shop', { app: 'api' }, [
      { port: 80, name: 'http', targetPort: 8080 }, { port: 8080, name: 'http-alt', targetPort: 8080 }]),
    ], 'IST0137')).toEqual([]);
  });

  test('does not fire for the same port twice, or Services that select other pods', () => {
    expect(run([app(),
      service('a', 'shop', { app: 'api' }, [{ port: 80, name: 'http', targetPort: 8080 }]),
      service('b', 'shop', { app: 'api' }, [{ port: 80, name: 'http', targetPort: 8080 }]),
      service('c', 'shop', { app: 'other' }, [{ port: 9000, name: 'http', targetPort: 8080 }]),
    ], 'IST0137')).toEqual([]);
  });
});

describe('IST0116 only for Deployments in the mesh, not waypoints', () => {
  const services = [
    service('api-tcp', 'shop', { app: 'api' }, [{ port: 53, name: 'dns-tcp', protocol: 'TCP' }]),
    service('api-udp', 'shop', { app: 'api' }, [{ port: 53, name: 'dns-udp', protocol: 'UDP' }]),
  ];

  test('fires in an injected namespace, or for a pod that opts in', () => {
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), app(), ...services], 'IST0116')).toHaveLength(1);
    expect(run([namespace('shop'), deployment('api', 'shop', { app: 'api', 'sidecar.istio.io/inject': 'true' }), ...services], 'IST0116'))
      .toHaveLength(1);
  });

  test('skips Deployments outside the mesh (revision labels do not count, as in Istio) and waypoint Deployments', () => {
    expect(run([namespace('shop'), app(), ...services], 'IST0116')).toEqual([]);
    expect(run([namespace('shop', { 'istio.io/rev': 'canary' }), app(), ...services], 'IST0116')).toEqual([]);
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), deployment('api', 'shop', { app: 'api', 'sidecar.istio.io/inject': 'false' }),
      ...services], 'IST0116')).toEqual([]);
    const waypoint = deployment('api', 'shop', { app: 'api' }, { metaLabels: { 'gateway.istio.io/managed': 'istio.io-mesh-controller' } });
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), waypoint, ...services], 'IST0116')).toEqual([]);
  });

  test('without the Namespace in the inputs: in the mesh in an open world, outside it in a closed world', () => {
    expect(run([app(), ...services], 'IST0116')).toHaveLength(1);
    expect(analyze([app(), ...services], { closedWorld: true }).filter((f) => f.code === 'IST0116')).toEqual([]);
  });
});
