"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SERVICES_PER_NAMESPACE = void 0;
exports.namespaceName = namespaceName;
exports.buildMeshApp = buildMeshApp;
/**
 * The benchmark mesh: N CanaryServices with a header rule, in StrictMtlsNamespaces of 50 services each
 * (one chart per namespace), plus a mesh chart with MeshWideStrictMtls and one BufferedAccessLogging.
 * In an IstioApp (one render and one validation per object per synth), or in a plain cdk8s App when `plainApp`
 * (validated through node.addValidation alone: the whole app once more per chart).
 */
const cdk8s_1 = require("cdk8s");
const src_1 = require("../src");
exports.SERVICES_PER_NAMESPACE = 50;
function namespaceName(index) {
    return `team-${String(index).padStart(3, '0')}`;
}
function buildMeshApp(services, outdir, plainApp = false) {
    const props = { outdir, yamlOutputType: cdk8s_1.YamlOutputType.FILE_PER_CHART };
    const app = plainApp ? new cdk8s_1.App(props) : new src_1.IstioApp(props);
    // BufferedAccessLogging's flush settings need the target release (or an acknowledgement).
    app.node.setContext('istioVersion', '1.30');
    const mesh = new cdk8s_1.Chart(app, 'mesh');
    new src_1.MeshWideStrictMtls(mesh, 'mtls');
    new src_1.BufferedAccessLogging(mesh, 'logs', {
        encoding: src_1.AccessLogEncoding.JSON,
        flushInterval: cdk8s_1.Duration.seconds(1),
        minFlushSize: cdk8s_1.Size.mebibytes(1),
    });
    const namespaces = Math.ceil(services / exports.SERVICES_PER_NAMESPACE);
    for (let n = 0; n < namespaces; n++) {
        const ns = namespaceName(n);
        const chart = new cdk8s_1.Chart(app, ns, { namespace: ns });
        new src_1.StrictMtlsNamespace(chart, 'ns', { name: ns });
        const count = Math.min(exports.SERVICES_PER_NAMESPACE, services - n * exports.SERVICES_PER_NAMESPACE);
        for (let i = 0; i < count; i++) {
            const name = `svc-${i}`;
            new src_1.CanaryService(chart, name, {
                name,
                port: 80,
                targetPort: 8080,
                stable: { version: 'v1', image: `registry.example.com/${ns}/${name}:1.0.0` },
                canary: { version: 'v2', image: `registry.example.com/${ns}/${name}:2.0.0` },
                canaryWeight: 10,
                canaryMatches: [src_1.RouteMatch.header('x-user-region', src_1.StringMatch.exact('oslo'))],
            });
        }
    }
    return app;
}
//# sourceMappingURL=mesh-app.js.map