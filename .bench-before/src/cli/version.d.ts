/** Walks up from this module (lib/src/cli when installed, src/cli in the repository) to cdk8s-istio's package.json. */
export declare function packageVersion(): string;
