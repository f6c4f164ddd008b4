"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SchemaRun = void 0;
const finding_1 = require("../finding");
/**
 * The state of validating one object: where findings go, and how many "blocking" errors (wrong type, unsupported
 * enum value, too long, too many) were seen. The API server skips CEL rules when such errors exist, because rules
 * are type-checked against the schema and would misfire on ill-typed data; here a node's rules are skipped when
 * its own subtree has one.
 */
class SchemaRun {
    out;
    code;
    blocking = 0;
    /** `code` is Istio's IST0106 for Istio kinds, this project's own code for the other families. */
    constructor(out, code = finding_1.SCHEMA_VALIDATION_ERROR) {
        this.out = out;
        this.code = code;
    }
    error(path, message) {
        this.out.error(this.code, path, message);
    }
    blockingError(path, message) {
        this.blocking++;
        this.out.error(this.code, path, message);
    }
}
exports.SchemaRun = SchemaRun;
//# sourceMappingURL=run.js.map