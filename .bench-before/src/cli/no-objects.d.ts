/**
 * Input without a single object is unusable, not clean: `helm template ... | cdk8s-istio validate -` whose producer
 * failed (empty or closed stdin) or a file of comments must not pass CI as "0 objects, no errors".
 */
import { InputFile } from './inputs';
/** The message (exit 2) when no input holds an object; undefined when at least one does. */
export declare function noObjectsProblem(inputs: readonly InputFile[]): string | undefined;
