import { IConstruct } from 'constructs';

/**
 * What the BufferedAccessLogging constructs of one app have claimed: Telemetry names per namespace, and one
 * definition per provider name. A clash would only surface in the cluster (one Telemetry silently replacing
 * the other, or two install files defining one provider differently, the last one applied winning).
 */
interface Claims {
  readonly telemetries: Set<string>;
  readonly providers: Map<string, string>;
}

const claimsByApp = new WeakMap<IConstruct, Claims>();

function claimsOf(scope: IConstruct): Claims {
  let claims = claimsByApp.get(scope.node.root);
  if (!claims) {
    claims = { telemetries: new Set(), providers: new Map() };
    claimsByApp.set(scope.node.root, claims);
  }
  return claims;
}

/** True when no other construct of the app has claimed this Telemetry; records the claim. */
export function claimTelemetry(scope: IConstruct, namespace: string, name: string): boolean {
  const { telemetries } = claimsOf(scope);
  const key = `${namespace}/${name}`;
  if (telemetries.has(key)) return false;
  telemetries.add(key);
  return true;
}

/** True when the provider name is free or already claimed with the same definition; records the claim. */
export function claimProvider(scope: IConstruct, name: string, definition: string): boolean {
  const { providers } = claimsOf(scope);
  const claimed = providers.get(name);
  if (claimed !== undefined) return claimed === definition;
  providers.set(name, definition);
  return true;
}
