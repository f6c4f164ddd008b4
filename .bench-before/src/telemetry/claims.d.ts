import { IConstruct } from 'constructs';
/** True when no other construct of the app has claimed this Telemetry; records the claim. */
export declare function claimTelemetry(scope: IConstruct, namespace: string, name: string): boolean;
/** True when the provider name is free or already claimed with the same definition; records the claim. */
export declare function claimProvider(scope: IConstruct, name: string, definition: string): boolean;
