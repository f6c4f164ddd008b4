import { deployment, istioOperator, namespace, pairs, peerAuthentication, pod, run, service } from './fixtures';

const CODE = 'CDK8SISTIO-011';
const strictMesh = () => peerAuthentication('default', 'istio-system', { mtls: { mode: 'STRICT' } });
const strictShop = () => [namespace('shop', { 'istio-injection': 'enabled' }), peerAuthentication('default', 'shop', { mtls: { mode: 'STRICT' } }),
  service('cart', 'shop', { app: 'cart' })];
const ingress = (cls: string | undefined, extra: object = {}) => ({
  apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' },
  spec: {
    ...(cls === undefined ? {} : { ingressClassName: cls }),
    rules: [{ host: 'shop.example.com', http: { paths: [
      { path: '/cart', pathType: 'Prefix', backend: { service: { name: 'cart', port: { number: 80 } } } },
      { path: '/cart2', pathType: 'Prefix', backend: { service: { name: 'cart', port: { number: 80 } } } },
    ] } }],
    ...extra,
  },
});
const client = (env: string, ns = 'batch', labels: { [k: string]: string } = { app: 'report' }) =>
  deployment('report', ns, labels, { containers: [{ name: 'app', image: 'r:1', env: [{ name: 'CART_URL', value: env }] }] });

describe('CDK8SISTIO-011 a STRICT namespace called from outside the mesh', () => {
  test('an Ingress of another controller class: error naming the Ingress, the controller and the Service, once per Service', () => {
    const findings = run([...strictShop(), ingress('nginx')], CODE);
    expect(pairs(findings)).toEqual([{ code: CODE, origin: 'Ingress shop/web', path: 'spec.rules[0].http.paths[0].backend.service.name' }]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain('the "nginx" ingress controller (not Istio\'s, so without a sidecar) forwards this Ingress\'s ' +
      'requests in plaintext to Service "shop/cart", whose namespace "shop" requires STRICT mTLS, so they are refused');
  });

  test('the default backend and the default class count; the class annotation is read', () => {
    const findings = run([...strictShop(), ingress(undefined, { rules: [], defaultBackend: { service: { name: 'cart', port: { number: 80 } } } })], CODE);
    expect(pairs(findings).map((p) => p.path)).toEqual(['spec.defaultBackend.service.name']);
    expect(findings[0].message).toContain("the cluster's default ingress controller");
    const annotated = { ...ingress(undefined), metadata: { name: 'web', namespace: 'shop', annotations: { 'kubernetes.io/ingress.class': 'traefik' } } };
    expect(run([...strictShop(), annotated], CODE)[0].message).toContain('the "traefik" ingress controller');
  });

  test('Istio\'s ingress class, a PERMISSIVE namespace or a namespace without sidecars is fine', () => {
    expect(run([...strictShop(), ingress('istio')], CODE)).toEqual([]);
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), peerAuthentication('default', 'shop', { mtls: { mode: 'PERMISSIVE' } }), ingress('nginx')], CODE)).toEqual([]);
    expect(run([strictMesh(), namespace('shop'), ingress('nginx')], CODE)).toEqual([]);
    // A port exception makes the namespace not uniformly STRICT: the analysis cannot tell which port is called.
    expect(run([...strictShop(), peerAuthentication('cart', 'shop', { selector: { matchLabels: { app: 'cart' } }, portLevelMtls: { 8080: { mode: 'PERMISSIVE' } } }),
      ingress('nginx')], CODE)).toEqual([]);
  });

  test('a client outside the mesh whose env names the Service host, in any of its spellings', () => {
    for (const value of ['http://cart.shop:80/api', 'cart.shop.svc.cluster.local:8080', 'https://CART.SHOP.SVC/', 'cart.shop.']) {
      const findings = run([...strictShop(), namespace('batch'), client(value)], CODE);
      expect(pairs(findings)).toEqual([{ code: CODE, origin: 'Deployment batch/report', path: 'spec.template.spec.containers[0].env[0].value' }]);
      expect(findings[0].message).toContain('Deployment batch/report is outside the mesh (namespace "batch" has neither istio-injection=enabled, ' +
        'istio.io/rev nor istio.io/dataplane-mode=ambient) and calls Service "shop/cart" (named in this field), whose namespace "shop" ' +
        'requires STRICT mTLS: its plaintext requests are refused');
    }
  });

  test('args and command count, and so does a mesh-wide STRICT policy', () => {
    const job = pod('sync', 'batch', { app: 'sync' }, { containers: [{ name: 'app', image: 's:1', command: ['/sync'], args: ['--target', 'cart.shop:80'] }] });
    const objects = [strictMesh(), namespace('shop', { 'istio-injection': 'enabled' }), service('cart', 'shop', { app: 'cart' }), namespace('batch'), job];
    expect(pairs(run(objects, CODE)).map((p) => p.path)).toEqual(['spec.containers[0].args[1]']);
  });

  test('a client that opts out of injection in a meshed namespace, naming the reason', () => {
    const findings = run([...strictShop(), namespace('batch', { 'istio-injection': 'enabled' }),
      deployment('report', 'batch', { 'app': 'report', 'sidecar.istio.io/inject': 'false' }, { containers: [{ name: 'a', image: 'r:1', env: [{ name: 'U', value: 'cart.shop' }] }] })], CODE);
    expect(findings[0].message).toContain('is outside the mesh (sidecar.istio.io/inject=false)');
  });

  test('clients in the mesh, with unknown namespaces or naming other hosts are fine', () => {
    expect(run([...strictShop(), namespace('batch', { 'istio-injection': 'enabled' }), client('http://cart.shop')], CODE)).toEqual([]);
    expect(run([...strictShop(), namespace('batch', { 'istio.io/dataplane-mode': 'ambient' }), client('http://cart.shop')], CODE)).toEqual([]);
    expect(run([...strictShop(), namespace('batch'), client('http://cart.shop', 'batch', { 'app': 'report', 'sidecar.istio.io/inject': 'true' })], CODE)).toEqual([]);
    expect(run([...strictShop(), client('http://cart.shop')], CODE)).toEqual([]);
    for (const value of ['http://cart', 'cart.shopping', 'mycart.shop', 'cart.shop.example.com']) {
      expect(run([...strictShop(), namespace('batch'), client(value)], CODE)).toEqual([]);
    }
  });

  test('Prometheus scraping an app port with metrics merging off', () => {
    const scraped = (annotations: { [k: string]: string }) => deployment('cart', 'shop', { app: 'cart' }, { annotations });
    const off = { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100', 'prometheus.istio.io/merge-metrics': 'false' };
    const findings = run([...strictShop(), scraped(off)], CODE);
    expect(pairs(findings)).toEqual([{ code: CODE, origin: 'Deployment shop/cart', path: 'spec.template.metadata.annotations' }]);
    expect(findings[0].message).toContain('Prometheus is asked to scrape app port 9100 of Deployment shop/cart directly ' +
      '(prometheus.istio.io/merge-metrics: "false" turns Istio\'s metrics merging off)');
    const meshOff = run([...strictShop(), istioOperator({ enablePrometheusMerge: false }), scraped({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100' })], CODE);
    expect(meshOff[0].message).toContain('(meshConfig.enablePrometheusMerge: false turns');
  });

  test('scraping with merging on (the default), the proxy ports, or a pod outside the mesh is fine', () => {
    const scraped = (annotations: { [k: string]: string }, labels: { [k: string]: string } = { app: 'cart' }) => deployment('cart', 'shop', labels, { annotations });
    expect(run([...strictShop(), scraped({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100' })], CODE)).toEqual([]);
    expect(run([...strictShop(), scraped({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '15020', 'prometheus.istio.io/merge-metrics': 'false' })], CODE)).toEqual([]);
    expect(run([...strictShop(), scraped({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100', 'prometheus.istio.io/merge-metrics': 'false' },
      { 'app': 'cart', 'sidecar.istio.io/inject': 'false' })], CODE)).toEqual([]);
    expect(run([...strictShop(), istioOperator({ enablePrometheusMerge: false }), scraped({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100',
      'prometheus.istio.io/merge-metrics': 'true' })], CODE)).toEqual([]);
  });
});
