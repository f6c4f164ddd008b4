import { App, AppProps } from 'cdk8s';
import { MeshValidationOptions } from './synth-validator';
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
    readonly context?: {
        [key: string]: string;
    };
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
export declare class IstioApp extends App {
    private readonly writesConstructMetadata;
    constructor(props?: IstioAppProps);
    /** Synthesizes all manifests to the output directory, as `App.synth()` does. */
    synth(): void;
    /** Synthesizes the app into one YAML string, as `App.synthYaml()` does. */
    synthYaml(): string;
    /**
     * Runs every construct's validations once, with cdk8s's error format; the mesh validation renders every object on
     * the way and its JSON is returned for the output.
     */
    private validateOnce;
}
