import { SchemaRun } from './run';
/** Returns undefined for a valid object name, else the reason (custom resources: DNS-1123 subdomain). */
export type NameRule = (name: string) => string | undefined;
/** `nameRule` is the kind's rule for metadata.name (built-in kinds differ: Service DNS-1035, Namespace DNS-1123 label). */
export declare function validateMetadata(obj: {
    [k: string]: unknown;
}, run: SchemaRun, nameRule?: NameRule | undefined): void;
