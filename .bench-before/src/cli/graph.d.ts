import { OutputFormat } from './args';
import { InputFile } from './inputs';
import { Writer } from './report';
/**
 * `graph --diff`: the changes from <before> to <after> as Markdown with both diagrams, or as a JSON array;
 * returns true when analysis finds errors in <after> (what would be applied).
 */
export declare function writeGraphDiff(format: OutputFormat, before: readonly InputFile[], after: readonly InputFile[], stdout: Writer): boolean;
/** Builds and writes the graph; resolves to true when analysis found errors. */
export declare function writeGraph(format: OutputFormat, outDir: string, inputs: readonly InputFile[], stdout: Writer): Promise<boolean>;
