import { App, Chart, Testing } from 'cdk8s';
import { MeshWideStrictMtls, StrictMtlsNamespace } from '../../src/security';

describe('MeshWideStrictMtls', () => {
  test('emits PeerAuthentication default in istio-system, STRICT, without selector', () => {
    const chart = Testing.chart();
    const mesh = new MeshWideStrictMtls(chart, 'mtls');
    const manifest = Testing.synth(chart);
    expect(manifest).toMatchSnapshot();
    expect(manifest).toHaveLength(1);
    const [pa] = manifest;
    expect(pa.apiVersion).toBe('security.istio.io/v1');
    expect(pa.kind).toBe('PeerAuthentication');
    expect(pa.metadata).toEqual({ name: 'default', namespace: 'istio-system' });
    expect(pa.spec).toEqual({ mtls: { mode: 'STRICT' } });
    expect(mesh.rootNamespace).toBe('istio-system');
    expect(MeshWideStrictMtls.DEFAULT_ROOT_NAMESPACE).toBe('istio-system');
    expect(mesh.peerAuthentication.name).toBe('default');
  });

  test('writes to the given root namespace, even inside a chart with another namespace', () => {
    const chart = new Chart(Testing.app(), 'mesh', { namespace: 'apps' });
    new MeshWideStrictMtls(chart, 'mtls', { rootNamespace: 'mesh-root' });
    const [pa] = Testing.synth(chart);
    expect(pa.metadata.namespace).toBe('mesh-root');
    expect(pa.spec.selector).toBeUndefined();
  });

  test.each(['Istio-System', '', 'istio.system', 'a'.repeat(64)])('rejects rootNamespace %p', (value) => {
    expect(() => new MeshWideStrictMtls(Testing.chart(), 'mtls', { rootNamespace: value })).toThrow(
      `MeshWideStrictMtls 'mtls': 'rootNamespace' "${value}" is not a DNS-1123 label: at most 63 characters`);
  });

  test('is listed per app for StrictMtlsNamespace to check against', () => {
    const app = new App();
    const one = new MeshWideStrictMtls(new Chart(app, 'a'), 'mtls');
    expect(MeshWideStrictMtls.allIn(new Chart(app, 'b'))).toEqual([one]);
    expect(MeshWideStrictMtls.allIn(new App())).toEqual([]);
  });

  test('a StrictMtlsNamespace for the same root namespace fails synth', () => {
    const app = Testing.app();
    new MeshWideStrictMtls(new Chart(app, 'mesh'), 'mtls');
    const ns = new Chart(app, 'ns');
    new StrictMtlsNamespace(ns, 'root', { name: 'istio-system' });
    expect(() => Testing.synth(ns)).toThrow(
      "[ns/root] StrictMtlsNamespace 'root': 'name' is the root namespace of MeshWideStrictMtls " +
      "'mesh/mtls': both would write PeerAuthentication istio-system/default");
  });
});
