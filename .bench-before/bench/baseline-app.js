"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildBaselineApp = buildBaselineApp;
/**
 * The baseline: the very same YAML, built from raw cdk8s ApiObjects (no constructs, no validation) in the
 * same chart layout, synthesized the same way.
 */
const cdk8s_1 = require("cdk8s");
function buildBaselineApp(charts, outdir) {
    const app = new cdk8s_1.App({ outdir, yamlOutputType: cdk8s_1.YamlOutputType.FILE_PER_CHART });
    for (const c of charts) {
        const chart = new cdk8s_1.Chart(app, c.id, c.namespace ? { namespace: c.namespace } : {});
        c.objects.forEach((obj, i) => {
            const { apiVersion, kind, ...rest } = obj;
            new cdk8s_1.ApiObject(chart, `o${i}`, { apiVersion, kind, ...rest });
        });
    }
    return app;
}
//# sourceMappingURL=baseline-app.js.map