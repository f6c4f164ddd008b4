import { FindingCollector } from '../finding-collector';
import { FindingCode, SCHEMA_VALIDATION_ERROR } from '../finding-codes';


/**
 * The state of validating one object: where findings go, and how many "blocking" errors (wrong type, unsupported
 * enum value, too long, too many) were seen. The API server skips CEL rules when such errors exist, because rules
 * are type-checked against the schema and would misfire on ill-typed data; here a node's rules are skipped when
 * its own subtree has one.
 */
export class SchemaRun {
  public blocking = 0;

  /** `code` is Istio's IST0106 for Istio kinds, this project's own code for the other families. */
  constructor(private readonly out: FindingCollector, private readonly code: FindingCode = SCHEMA_VALIDATION_ERROR) {}

  public error(path: string, message: string): void {
    this.out.error(this.code, path, message);
  }

  public blockingError(path: string, message: string): void {
    this.blocking++;
    this.out.error(this.code, path, message);
  }
}

/** Checks a value found at `path`; reports through `run`. */
export type Validator = (value: unknown, path: string, run: SchemaRun) => void;
