import * as path from 'path';
import { Construct, IConstruct } from 'constructs';
import { DEFAULT_MAX_DIAGRAM_NODES, MAX_DIAGRAM_NODES_CEILING } from '../graph/summary';
import { writeMeshPicture } from '../graph/write-picture';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { isIstioApp } from './istio-app-marker';

/** Props for `MeshGraph`. */
export interface MeshGraphProps {
  /**
   * The directory mesh.md and mesh.svg (and mesh.json) are written to. It must lie outside the app's outdir, so that
   * `kubectl apply -f <outdir>/` reads manifests only. Relative paths resolve against the current directory, like
   * the app's outdir.
   * @default - the app's outdir with `-graph` appended, next to it (`dist` → `dist-graph`)
   */
  readonly outdir?: string;
  /**
   * Also write mesh.json: the graph as data (namespaces, nodes, edges with weights, matches and findings).
   * @default false
   */
  readonly json?: boolean;
  /**
   * Above this many nodes, the diagrams (the Mermaid block of mesh.md and mesh.svg) show one box per namespace with
   * what it holds, and mesh.md says so; the tables and mesh.json always list everything. Bounds Graphviz's layout
   * time on huge meshes.
   * @default 150
   */
  readonly maxNodes?: number;
}

const MESH_GRAPH = Symbol.for('cdk8s-istio.MeshGraph.v1');

/**
 * The picture of the mesh for review, drawn at every `IstioApp.synth()` from the manifests it has just written:
 * mesh.md (a Mermaid diagram GitHub renders natively, and tables of the same facts) and mesh.svg (laid out by
 * Graphviz), next to the app's outdir by default (`dist-graph/` beside `dist/`). The graph is read from the
 * synthesized objects through the analysis model, exactly as `cdk8s-istio graph dist/` draws it, so it shows what
 * the YAML says (weights, match rules, mTLS modes, allowed callers, analysis findings), not what the props meant.
 *
 * It needs an `IstioApp`: a plain cdk8s `App` has no point after its files are written (cdk8s offers no post-synth
 * hook), and a drawing made during validation would be made before synth knows it succeeds. Nothing is drawn when
 * synth fails, and `synthYaml()` draws nothing (it writes no files).
 */
export class MeshGraph extends Construct {
  /** Whether `x` is a MeshGraph (of any copy of cdk8s-istio in the app). */
  public static isMeshGraph(x: IConstruct): boolean {
    return typeof x === 'object' && x !== null && (x as { [MESH_GRAPH]?: unknown })[MESH_GRAPH] === true;
  }

  /** The directory the picture is written to, as given or defaulted (not resolved). */
  public readonly outdir: string;
  /** Whether mesh.json is written too. */
  public readonly json: boolean;
  /** The diagram limit in nodes. */
  public readonly maxNodes: number;

  /**
   * Marks MeshGraphs for IstioApp across copies of the package (symbol-keyed; not part of the jsii API).
   * @internal
   */
  protected readonly [MESH_GRAPH] = true;

  constructor(scope: Construct, id: string, props: MeshGraphProps = {}) {
    super(scope, id);
    const errors = PropErrors.forConstruct('MeshGraph', id);
    const root = scope.node.root;
    if (!isIstioApp(root)) {
      throw errors.general('needs an IstioApp as its app (new IstioApp() instead of new App(): the same output, and ' +
        'IstioApp draws the picture after it has written the manifests); a plain cdk8s App has no step after synth ' +
        'to draw it in');
    }
    if (typeof props !== 'object' || props === null) throw errors.mustBe('props', 'an object', props);
    const appOutdir = (root as unknown as { outdir: string }).outdir;
    this.outdir = checkOutdir(errors, props.outdir, appOutdir);
    if (props.json !== undefined && typeof props.json !== 'boolean') throw errors.mustBe('json', 'true or false', props.json);
    this.json = props.json ?? false;
    this.maxNodes = props.maxNodes === undefined ? DEFAULT_MAX_DIAGRAM_NODES
      : checkInteger(errors, 'maxNodes', props.maxNodes, 1, MAX_DIAGRAM_NODES_CEILING);
  }

  /**
   * Draws the picture of `objects` (the manifests synth wrote); called by IstioApp after it has written them.
   * @internal
   */
  public _draw(objects: object[]): void {
    writeMeshPicture(objects, this.outdir, { json: this.json, maxNodes: this.maxNodes });
  }
}

/** The picture's directory: given (a non-empty string outside the app's outdir) or `<outdir>-graph` beside it. */
function checkOutdir(errors: PropErrors, outdir: unknown, appOutdir: string): string {
  if (outdir === undefined) return path.join(path.dirname(appOutdir), `${path.basename(appOutdir)}-graph`);
  if (typeof outdir !== 'string' || outdir.trim() === '') throw errors.mustBe('outdir', 'a non-empty directory path', outdir);
  const relative = path.relative(path.resolve(appOutdir), path.resolve(outdir));
  if (relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))) {
    throw errors.about('outdir', `must be outside the app's outdir ${JSON.stringify(appOutdir)} (kubectl apply -f ` +
      `${appOutdir}/ would read mesh.json as a manifest), got ${JSON.stringify(outdir)}`);
  }
  return outdir;
}
