/**
 * The baseline: the very same YAML, built from raw cdk8s ApiObjects (no constructs, no validation) in the
 * same chart layout, synthesized the same way.
 */
import { App } from 'cdk8s';
/** One chart's worth of rendered objects, as the library app produced them. */
export interface ChartDocs {
    readonly id: string;
    readonly namespace?: string;
    readonly objects: Array<{
        [key: string]: unknown;
    }>;
}
export declare function buildBaselineApp(charts: readonly ChartDocs[], outdir: string): App;
