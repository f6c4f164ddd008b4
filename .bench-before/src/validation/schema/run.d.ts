import { FindingCollector } from '../finding-collector';
/**
 * The state of validating one object: where findings go, and how many "blocking" errors (wrong type, unsupported
 * enum value, too long, too many) were seen. The API server skips CEL rules when such errors exist, because rules
 * are type-checked against the schema and would misfire on ill-typed data; here a node's rules are skipped when
 * its own subtree has one.
 */
export declare class SchemaRun {
    private readonly out;
    private readonly code;
    blocking: number;
    /** `code` is Istio's IST0106 for Istio kinds, this project's own code for the other families. */
    constructor(out: FindingCollector, code?: string);
    error(path: string, message: string): void;
    blockingError(path: string, message: string): void;
}
/** Checks a value found at `path`; reports through `run`. */
export type Validator = (value: unknown, path: string, run: SchemaRun) => void;
