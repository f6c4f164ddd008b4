"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.noObjectsProblem = noObjectsProblem;
/** The message (exit 2) when no input holds an object; undefined when at least one does. */
function noObjectsProblem(inputs) {
    if (inputs.some((input) => input.documents.length > 0))
        return undefined;
    const names = inputs.map((input) => input.name).join(', ');
    return `cdk8s-istio: no Kubernetes objects read from ${names || 'the inputs'}: nothing to check ` +
        '(empty or closed standard input, or files with only comments or empty documents?)\n';
}
//# sourceMappingURL=no-objects.js.map