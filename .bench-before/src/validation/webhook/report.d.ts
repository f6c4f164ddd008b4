/**
 * How webhook findings are reported: errors are IST0106 (SchemaValidationError) and warnings IST0133
 * (SchemaWarning), the codes `istioctl analyze` gives istiod's validation results; VirtualService
 * rule-order findings use IST0130 (unreachable rule, warning) and IST0131 (ineffective match, info).
 */
import { Finding, SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING, VIRTUAL_SERVICE_INEFFECTIVE_MATCH, VIRTUAL_SERVICE_UNREACHABLE_RULE } from '../finding';
export { SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING, VIRTUAL_SERVICE_INEFFECTIVE_MATCH, VIRTUAL_SERVICE_UNREACHABLE_RULE };
/**
 * Per-object sink for webhook findings, plus the object facts several rules need (its namespace). Most objects
 * are valid, so the object's identity is only read when the first finding is reported.
 */
export declare class WebhookReport {
    private readonly obj;
    private sink;
    private meta;
    constructor(obj: object);
    /** The findings reported so far. */
    get findings(): Finding[];
    /** The object's namespace; '' when the object does not name one. */
    get namespace(): string;
    /** The object's name; '' when the object does not name one. */
    get name(): string;
    /** An annotation of the object; undefined when absent or not a string. */
    annotation(key: string): string | undefined;
    /** A label of the object; undefined when absent or not a string. */
    label(key: string): string | undefined;
    private get metadata();
    private get collector();
    error(path: string, message: string): void;
    warning(path: string, message: string): void;
    /** Reports `message` as an error when defined; lets rule helpers return `string | undefined`. */
    errorIf(path: string, message: string | undefined): void;
    unreachableRule(path: string, rule: string, reason: string): void;
    ineffectiveMatch(path: string, rule: string, match: string, duplicateOf: string): void;
}
