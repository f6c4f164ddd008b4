import { OutputFormat } from './args';
import { InputFile } from './inputs';
import { Writer } from './report';
/** Runs the check and writes its report; returns true when some state drops traffic. */
export declare function reportTransition(format: OutputFormat, from: readonly InputFile[], to: readonly InputFile[], stdout: Writer): boolean;
