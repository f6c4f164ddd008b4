import { Finding, Layer, ObjectRef, Severity } from './finding';
/** Builds findings for one object and one layer without repeating the object's identity at every call. */
export declare class FindingCollector {
    private readonly ref;
    private readonly layer;
    private readonly items;
    constructor(ref: ObjectRef, layer: Layer);
    error(code: string, path: string, message: string): void;
    warning(code: string, path: string, message: string): void;
    info(code: string, path: string, message: string): void;
    add(severity: Severity, code: string, path: string, message: string): void;
    get findings(): Finding[];
}
