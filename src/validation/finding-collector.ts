import { Finding, Layer, ObjectRef, Severity } from './finding';
import { FindingCode } from './finding-codes';

/** Builds findings for one object and one layer without repeating the object's identity at every call. */
export class FindingCollector {
  private readonly items: Finding[] = [];

  constructor(private readonly ref: ObjectRef, private readonly layer: Layer) {}

  public error(code: FindingCode, path: string, message: string): void {
    this.add(Severity.ERROR, code, path, message);
  }

  public warning(code: FindingCode, path: string, message: string): void {
    this.add(Severity.WARNING, code, path, message);
  }

  public info(code: FindingCode, path: string, message: string): void {
    this.add(Severity.INFO, code, path, message);
  }

  public add(severity: Severity, code: FindingCode, path: string, message: string): void {
    this.items.push({ severity, code: code.code, layer: this.layer, ...this.ref, path, message });
  }

  public get findings(): Finding[] {
    return this.items;
  }
}
