"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.IstioApp = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const mesh_validation_1 = require("./mesh-validation");
const synth_validator_1 = require("./synth-validator");
/**
 * A cdk8s `App` that validates every object at synth and synthesizes in linear time: each object is rendered once
 * and the whole app validated once per `synth()` / `synthYaml()`, and the rendered JSON is what gets written.
 *
 * A plain `App` gets the same findings, but cdk8s validates the whole app again inside every `chart.toJson()`, so it
 * renders and checks every object 1 + (number of charts) times. IstioApp writes the same files, byte for byte, in
 * every `YamlOutputType`: it does what `App.synth()` does (dependency resolution, app-wide validation with cdk8s's
 * error format, dependency order, file naming, construct metadata) through cdk8s's public API, without calling
 * `chart.toJson()` (except for a chart class that overrides it, whose own rendering is kept).
 */
class IstioApp extends cdk8s_1.App {
    // App keeps its own copy private; the same rule as App's constructor.
    writesConstructMetadata;
    constructor(props = {}) {
        super(props);
        for (const [key, value] of Object.entries(props.context ?? {}))
            this.node.setContext(key, value);
        this.writesConstructMetadata = props.recordConstructMetadata ?? process.env.CDK8S_RECORD_CONSTRUCT_METADATA === 'true';
        mesh_validation_1.MeshValidation.enable(this, props.validation ?? {});
    }
    /** Synthesizes all manifests to the output directory, as `App.synth()` does. */
    synth() {
        fs.mkdirSync(this.outdir, { recursive: true });
        const all = this.node.findAll();
        const rendered = this.validateOnce(all);
        const hasDependantCharts = resolveDependencies(all);
        const charts = this.charts;
        const ext = this.outputFileExtension;
        switch (this.yamlOutputType) {
            case cdk8s_1.YamlOutputType.FILE_PER_APP: {
                const docs = charts.flatMap((chart) => chartJson(chart, rendered));
                if (charts.length > 0)
                    cdk8s_1.Yaml.save(path.join(this.outdir, `app${ext}`), docs);
                break;
            }
            case cdk8s_1.YamlOutputType.FILE_PER_CHART: {
                const name = chartNamer(hasDependantCharts);
                for (const chart of charts)
                    cdk8s_1.Yaml.save(path.join(this.outdir, name(chart) + ext), chartJson(chart, rendered));
                break;
            }
            case cdk8s_1.YamlOutputType.FILE_PER_RESOURCE:
                for (const chart of charts) {
                    for (const doc of chartJson(chart, rendered)) {
                        if (doc === undefined)
                            continue;
                        cdk8s_1.Yaml.save(path.join(this.outdir, resourceFileName(doc.kind, doc.metadata.name) + ext), [doc]);
                    }
                }
                break;
            case cdk8s_1.YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE: {
                const name = chartNamer(hasDependantCharts);
                for (const chart of charts) {
                    const dir = path.join(this.outdir, name(chart));
                    fs.mkdirSync(dir, { recursive: true });
                    for (const obj of chartObjects(chart)) {
                        cdk8s_1.Yaml.save(path.join(dir, resourceFileName(obj.kind, obj.metadata.name) + ext), [rendered.get(obj) ?? obj.toJson()]);
                    }
                }
                break;
            }
            default:
                break;
        }
        if (this.writesConstructMetadata) {
            const resources = {};
            for (const obj of this.charts.flatMap(chartObjects))
                resources[obj.name] = { path: obj.node.path };
            fs.writeFileSync(path.join(this.outdir, 'construct-metadata.json'), JSON.stringify({ version: '1.0.0', resources }));
        }
    }
    /** Synthesizes the app into one YAML string, as `App.synthYaml()` does. */
    synthYaml() {
        const all = this.node.findAll();
        resolveDependencies(all);
        const rendered = this.validateOnce(all);
        return cdk8s_1.Yaml.stringify(...this.charts.flatMap((chart) => chartJson(chart, rendered)));
    }
    /**
     * Runs every construct's validations once, with cdk8s's error format; the mesh validation renders every object on
     * the way and its JSON is returned for the output.
     */
    validateOnce(all) {
        const validator = (0, synth_validator_1.validatorOf)(this);
        const rendered = validator.openPass();
        try {
            const errors = [];
            for (const c of all) {
                for (const e of c.node.validate())
                    errors.push(`[${c.node.path}] ${e}`);
            }
            if (errors.length > 0)
                throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
            return rendered;
        }
        finally {
            validator.closePass();
        }
    }
}
exports.IstioApp = IstioApp;
/** The chart's objects in the order cdk8s writes them: dependency order, objects whose closest chart it is. */
function chartObjects(chart) {
    return new cdk8s_1.DependencyGraph(chart.node).topology()
        .filter((c) => cdk8s_1.ApiObject.isApiObject(c) && cdk8s_1.Chart.of(c) === chart);
}
function chartJson(chart, rendered) {
    // A chart class with its own toJson() renders itself (cdk8s's App.synth() would call it too).
    if (chart.toJson !== cdk8s_1.Chart.prototype.toJson)
        return Object.values(chart.toJson());
    return chartObjects(chart).map((obj) => rendered.get(obj) ?? obj.toJson());
}
/** cdk8s's chart file and folder names: the chart's DNS label, with a running index when charts depend on each other. */
function chartNamer(indexed) {
    let index = 0;
    return (chart) => (indexed ? `${(index++).toString().padStart(4, '0')}-` : '') + cdk8s_1.Names.toDnsLabel(chart);
}
function resourceFileName(kind, name) {
    return `${kind}.${name}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}
/**
 * The dependencies cdk8s derives before it writes anything (App.synth() and App.synthYaml() do the same): a parent
 * chart depends on its nested charts; a construct dependency across charts makes the charts depend on each other;
 * and it makes the ApiObjects under the dependent construct depend on those under its target (same chart only).
 * Returns whether any chart depends on another (then chart files get an index prefix).
 */
function resolveDependencies(all) {
    let hasDependantCharts = false;
    const subtrees = new Map();
    const findAll = (c) => {
        let found = subtrees.get(c);
        if (found === undefined) {
            found = c.node.findAll();
            subtrees.set(c, found);
        }
        return found;
    };
    for (const parent of all.filter(cdk8s_1.Chart.isChart)) {
        for (const child of parent.node.children.filter(cdk8s_1.Chart.isChart)) {
            parent.node.addDependency(child);
            hasDependantCharts = true;
        }
    }
    const dependencies = () => all.flatMap((source) => source.node.dependencies.map((target) => ({ source, target })));
    for (const { source, target } of dependencies()) {
        const sourceChart = cdk8s_1.Chart.of(source);
        const targetChart = cdk8s_1.Chart.of(target);
        if (sourceChart !== targetChart) {
            sourceChart.node.addDependency(targetChart);
            hasDependantCharts = true;
        }
    }
    for (const { source, target } of dependencies()) {
        const sourceChart = cdk8s_1.Chart.of(source);
        const targetChart = cdk8s_1.Chart.of(target);
        const targets = findAll(target).filter((c) => cdk8s_1.ApiObject.isApiObject(c) && cdk8s_1.Chart.of(c) === targetChart);
        const sources = findAll(source).filter((c) => cdk8s_1.ApiObject.isApiObject(c) && cdk8s_1.Chart.of(c) === sourceChart);
        for (const t of targets) {
            for (const s of sources)
                if (t !== s)
                    s.node.addDependency(t);
        }
    }
    return hasDependantCharts;
}
//# sourceMappingURL=istio-app.js.map