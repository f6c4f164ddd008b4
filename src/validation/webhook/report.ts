/**
 * How webhook findings are reported: errors are IST0106 (SchemaValidationError) and warnings IST0133
 * (SchemaWarning), the codes `istioctl analyze` gives istiod's validation results; VirtualService
 * rule-order findings use IST0130 (unreachable rule, warning) and IST0131 (ineffective match, info).
 */
import { Finding, Layer, objectRef } from '../finding';
import { FindingCollector } from '../finding-collector';
import {
  SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING, VIRTUAL_SERVICE_INEFFECTIVE_MATCH, VIRTUAL_SERVICE_UNREACHABLE_RULE,
} from '../finding-codes';
import { obj, Obj, str } from '../util/plain-json';

/**
 * Per-object sink for webhook findings, plus the object facts several rules need (its namespace). Most objects
 * are valid, so the object's identity is only read when the first finding is reported.
 */
export class WebhookReport {
  private sink: FindingCollector | undefined;
  private meta: Obj | undefined;

  constructor(private readonly obj: object) {}

  /** The findings reported so far. */
  public get findings(): Finding[] {
    return this.sink === undefined ? [] : this.sink.findings;
  }

  /** The object's namespace; '' when the object does not name one. */
  public get namespace(): string {
    return str(this.metadata.namespace);
  }

  /** The object's name; '' when the object does not name one. */
  public get name(): string {
    return str(this.metadata.name);
  }

  /** An annotation of the object; undefined when absent or not a string. */
  public annotation(key: string): string | undefined {
    const value = obj(this.metadata.annotations)[key];
    return typeof value === 'string' ? value : undefined;
  }

  /** A label of the object; undefined when absent or not a string. */
  public label(key: string): string | undefined {
    const value = obj(this.metadata.labels)[key];
    return typeof value === 'string' ? value : undefined;
  }

  private get metadata(): Obj {
    return (this.meta ??= obj((this.obj as Obj).metadata));
  }

  private get collector(): FindingCollector {
    return (this.sink ??= new FindingCollector(objectRef(this.obj), Layer.WEBHOOK));
  }

  public error(path: string, message: string): void {
    this.collector.error(SCHEMA_VALIDATION_ERROR, path, message);
  }

  public warning(path: string, message: string): void {
    this.collector.warning(SCHEMA_WARNING, path, message);
  }

  /** Reports `message` as an error when defined; lets rule helpers return `string | undefined`. */
  public errorIf(path: string, message: string | undefined): void {
    if (message !== undefined) this.error(path, message);
  }

  public unreachableRule(path: string, rule: string, reason: string): void {
    this.collector.warning(VIRTUAL_SERVICE_UNREACHABLE_RULE, path, `virtualService rule ${rule} not used (${reason})`);
  }

  public ineffectiveMatch(path: string, rule: string, match: string, duplicateOf: string): void {
    this.collector.info(VIRTUAL_SERVICE_INEFFECTIVE_MATCH, path,
      `virtualService rule ${rule} match ${match} is not used (duplicate/overlapping match in rule ${duplicateOf})`);
  }
}
