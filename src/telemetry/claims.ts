import { IConstruct } from 'constructs';
import { MeshState } from '../shared/mesh-state';

/*
 * What the BufferedAccessLogging constructs of one app have claimed (Telemetry names per namespace, one definition
 * per provider name) is kept in the app's MeshState.
 */

/** True when no other construct of the app has claimed this Telemetry; records the claim. */
export function claimTelemetry(scope: IConstruct, namespace: string, name: string): boolean {
  return MeshState.of(scope).claimTelemetry(namespace, name);
}

/** True when the provider name is free or already claimed with the same definition; records the claim. */
export function claimProvider(scope: IConstruct, name: string, definition: string): boolean {
  return MeshState.of(scope).claimProvider(name, definition);
}
