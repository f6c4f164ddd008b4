import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, AppProps, Chart, DependencyGraph, Names, Yaml, YamlOutputType } from 'cdk8s';
import { IConstruct } from 'constructs';
import { ISTIO_APP } from './istio-app-marker';
import { MeshGraph } from './mesh-graph';
import { MeshValidation } from './mesh-validation';
import { CharClass } from '../validation/util/chars';
import { checkValidationOptions, MeshValidationOptions, validatorOf } from './synth-validator';
import { PropErrors } from '../shared/prop-errors';
import { optionalStringMap, propsObject } from '../shared/prop-types';

/** Props for `IstioApp`. */
export interface IstioAppProps extends AppProps {
  /**
   * Options for the validation at synth.
   * @default - errors fail synth, warnings go to standard error
   */
  readonly validation?: MeshValidationOptions;
  /**
   * Construct context set on the app before anything is added to it (e.g. `{ istioVersion: '1.30' }`). IstioApp adds
   * the MeshState construct in its constructor, and constructs refuses `node.setContext` once a child exists, so
   * context for an IstioApp is given here.
   * @default - no context
   */
  readonly context?: { [key: string]: string };
}

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
export class IstioApp extends App {
  /**
   * Marks IstioApps for constructs that need one, across copies of the package (symbol-keyed; not part of the jsii API).
   * @internal
   */
  protected readonly [ISTIO_APP] = true;
  // App keeps its own copy private; the same rule as App's constructor.
  private readonly writesConstructMetadata: boolean;

  constructor(props: IstioAppProps = {}) {
    const errors = PropErrors.forFactory('IstioApp');
    const checked = propsObject(errors, props);
    const validation = checkValidationOptions(errors, 'validation', checked.validation);
    const context = optionalStringMap(errors, 'context', checked.context) ?? {};
    super(checked);
    for (const [key, value] of Object.entries(context)) this.node.setContext(key, value);
    this.writesConstructMetadata = checked.recordConstructMetadata ?? process.env.CDK8S_RECORD_CONSTRUCT_METADATA === 'true';
    MeshValidation.enable(this, validation);
  }

  /**
   * Synthesizes all manifests to the output directory, as `App.synth()` does; then every `MeshGraph` in the app draws
   * the picture of what was written.
   */
  public synth(): void {
    fs.mkdirSync(this.outdir, { recursive: true });
    const all = this.node.findAll();
    const rendered = this.validateOnce(all);
    const hasDependantCharts = resolveDependencies(all);
    const charts = this.charts;
    const ext = this.outputFileExtension;
    switch (this.yamlOutputType) {
      case YamlOutputType.FILE_PER_APP: {
        const docs = charts.flatMap((chart) => chartJson(chart, rendered));
        if (charts.length > 0) Yaml.save(path.join(this.outdir, `app${ext}`), docs);
        break;
      }
      case YamlOutputType.FILE_PER_CHART: {
        const name = chartNamer(hasDependantCharts);
        for (const chart of charts) Yaml.save(path.join(this.outdir, name(chart) + ext), chartJson(chart, rendered));
        break;
      }
      case YamlOutputType.FILE_PER_RESOURCE:
        for (const chart of charts) {
          for (const doc of chartJson(chart, rendered) as Array<{ kind: string; metadata: { name?: string } } | undefined>) {
            if (doc === undefined) continue;
            Yaml.save(path.join(this.outdir, resourceFileName(doc.kind, doc.metadata.name) + ext), [doc]);
          }
        }
        break;
      case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE: {
        const name = chartNamer(hasDependantCharts);
        for (const chart of charts) {
          const dir = path.join(this.outdir, name(chart));
          fs.mkdirSync(dir, { recursive: true });
          for (const obj of chartObjects(chart)) {
            Yaml.save(path.join(dir, resourceFileName(obj.kind, obj.metadata.name) + ext), [rendered.get(obj) ?? obj.toJson()]);
          }
        }
        break;
      }
      default:
        break;
    }
    if (this.writesConstructMetadata) {
      const resources: { [name: string]: { path: string } } = {};
      for (const obj of this.charts.flatMap(chartObjects)) resources[obj.name] = { path: obj.node.path };
      fs.writeFileSync(path.join(this.outdir, 'construct-metadata.json'), JSON.stringify({ version: '1.0.0', resources }));
    }
    const pictures = all.filter((c) => MeshGraph.isMeshGraph(c)) as MeshGraph[];
    if (pictures.length > 0) {
      const objects = charts.flatMap((chart) => chartJson(chart, rendered)).filter((doc): doc is object => typeof doc === 'object' && doc !== null);
      for (const picture of pictures) picture._draw(objects);
    }
  }

  /** Synthesizes the app into one YAML string, as `App.synthYaml()` does. */
  public synthYaml(): string {
    const all = this.node.findAll();
    resolveDependencies(all);
    const rendered = this.validateOnce(all);
    return Yaml.stringify(...this.charts.flatMap((chart) => chartJson(chart, rendered)));
  }

  /**
   * Runs every construct's validations once, with cdk8s's error format; the mesh validation renders every object on
   * the way and its JSON is returned for the output.
   */
  private validateOnce(all: IConstruct[]): Map<ApiObject, object> {
    const validator = validatorOf(this);
    const rendered = validator.openPass();
    try {
      const errors: string[] = [];
      for (const c of all) {
        for (const e of c.node.validate()) errors.push(`[${c.node.path}] ${e}`);
      }
      if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
      return rendered;
    } finally {
      validator.closePass();
    }
  }
}

/** The chart's objects in the order cdk8s writes them: dependency order, objects whose closest chart it is. */
function chartObjects(chart: Chart): ApiObject[] {
  return new DependencyGraph(chart.node).topology()
    .filter((c): c is ApiObject => ApiObject.isApiObject(c) && Chart.of(c) === chart);
}

function chartJson(chart: Chart, rendered: Map<ApiObject, object>): unknown[] {
  // A chart class with its own toJson() renders itself (cdk8s's App.synth() would call it too).
  if (chart.toJson !== Chart.prototype.toJson) return Object.values(chart.toJson());
  return chartObjects(chart).map((obj) => rendered.get(obj) ?? obj.toJson());
}

/** cdk8s's chart file and folder names: the chart's DNS label, with a running index when charts depend on each other. */
function chartNamer(indexed: boolean): (chart: Chart) => string {
  let index = 0;
  return (chart) => (indexed ? `${(index++).toString().padStart(4, '0')}-` : '') + Names.toDnsLabel(chart);
}

// The characters cdk8s keeps in a resource's file name.
const FILE_NAME_CHAR = new CharClass('0-9a-zA-Z_.-');

function resourceFileName(kind: string, name: string | undefined): string {
  const text = `${kind}.${name}`;
  let out = '';
  for (let i = 0; i < text.length; i++) if (FILE_NAME_CHAR.has(text.charCodeAt(i))) out += text[i];
  return out;
}

/**
 * The dependencies cdk8s derives before it writes anything (App.synth() and App.synthYaml() do the same): a parent
 * chart depends on its nested charts; a construct dependency across charts makes the charts depend on each other;
 * and it makes the ApiObjects under the dependent construct depend on those under its target (same chart only).
 * Returns whether any chart depends on another (then chart files get an index prefix).
 */
function resolveDependencies(all: IConstruct[]): boolean {
  let hasDependantCharts = false;
  const subtrees = new Map<IConstruct, IConstruct[]>();
  const findAll = (c: IConstruct) => {
    let found = subtrees.get(c);
    if (found === undefined) {
      found = c.node.findAll();
      subtrees.set(c, found);
    }
    return found;
  };
  for (const parent of all.filter(Chart.isChart)) {
    for (const child of parent.node.children.filter(Chart.isChart)) {
      parent.node.addDependency(child);
      hasDependantCharts = true;
    }
  }
  const dependencies = () => all.flatMap((source) => source.node.dependencies.map((target) => ({ source, target })));
  for (const { source, target } of dependencies()) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      hasDependantCharts = true;
    }
  }
  for (const { source, target } of dependencies()) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    const targets = findAll(target).filter((c) => ApiObject.isApiObject(c) && Chart.of(c) === targetChart);
    const sources = findAll(source).filter((c) => ApiObject.isApiObject(c) && Chart.of(c) === sourceChart);
    for (const t of targets) {
      for (const s of sources) if (t !== s) s.node.addDependency(t);
    }
  }
  return hasDependantCharts;
}
