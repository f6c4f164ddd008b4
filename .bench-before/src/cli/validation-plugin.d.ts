/**
 * `properties:` of the plugin's entry in cdk8s.yaml.
 * @jsii ignore
 */
export interface IstioValidationProps {
    /**
     * Fail the report on warnings too.
     * @default false
     */
    readonly warningsAsErrors?: boolean;
}
/**
 * The part of cdk8s-cli's `ValidationContext` the plugin uses.
 * @jsii ignore
 */
export interface PluginContext {
    readonly manifests: readonly string[];
    readonly report: PluginReport;
    readonly logger: {
        log(message: string): void;
    };
    parseManifest(manifestPath: string): unknown[];
}
/**
 * The part of cdk8s-cli's `ValidationReport` the plugin uses.
 * @jsii ignore
 */
export interface PluginReport {
    addViolation(violation: {
        readonly ruleName: string;
        readonly recommendation: string;
        readonly fix: string;
        readonly violatingResources: ReadonlyArray<{
            readonly resourceName: string;
            readonly locations: readonly string[];
            readonly manifestPath: string;
        }>;
    }): void;
    submit(status: 'success' | 'failure', metadata?: {
        readonly [key: string]: string;
    }): void;
}
/**
 * The cdk8s-cli validation plugin class (`class: IstioValidation` in cdk8s.yaml). The cdk8s CLI loads it in its
 * own Node.js process, so it is a JavaScript-only API (other languages call `Validator` instead).
 * @jsii ignore
 */
export declare class IstioValidation {
    readonly warningsAsErrors: boolean;
    constructor(props?: IstioValidationProps);
    validate(context: PluginContext): Promise<void>;
}
