import { Writer } from './report';
export interface CliIo {
    readonly stdout: Writer;
    readonly stderr: Writer;
    readonly stdin: NodeJS.ReadableStream;
}
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE = 2;
/** Runs the CLI; resolves to the exit status. Never throws: every failure becomes `cdk8s-istio: <message>`. */
export declare function run(argv: readonly string[], io: CliIo): Promise<number>;
