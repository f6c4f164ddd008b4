/**
 * Input without a single object is unusable, not clean: `helm template ... | cdk8s-istio validate -` whose producer
 * failed (empty or closed stdin) or a file of comments must not pass CI as "0 objects, no errors".
 */
import { InputFile } from './inputs';

/** The message (exit 2) when no input holds an object; undefined when at least one does. */
export function noObjectsProblem(inputs: readonly InputFile[]): string | undefined {
  if (inputs.some((input) => input.documents.length > 0)) return undefined;
  const names = inputs.map((input) => input.name).join(', ');
  return `cdk8s-istio: no Kubernetes objects read from ${names || 'the inputs'}: nothing to check ` +
    '(empty or closed standard input, or files with only comments or empty documents?)\n';
}
