import { Finding, Layer, ObjectRef, Severity } from './finding';

/** Builds findings for one object and one layer without repeating the object's identity at every call. */
export class FindingCollector {
  private readonly items: Finding[] = [];

  constructor(private readonly ref: ObjectRef, private readonly layer: Layer) {}

  public error(code: string, path: string, message: string): void {
    this.add(Severity.ERROR, code, path, message);
  }

  public warning(code: string, path: string, message: string): void {
    this.add(Severity.WARNING, code, path, message);
  }

  public info(code: string, path: string, message: string): void {
    this.add(Severity.INFO, code, path, message);
  }

  public add(severity: Severity, code: string, path: string, message: string): void {
    this.items.push({ severity, code, layer: this.layer, ...this.ref, path, message });
  }

  public get findings(): Finding[] {
    return this.items;
  }
}
