import { CanaryServiceProps } from './canary-service';
import { CanaryServiceVersion } from './canary-service-version';
import { RouteMatch } from './route-match';
import { PropErrors, show } from '../shared/prop-errors';

/** Options of `CanaryPromotion.startCanary`. */
export interface CanaryStartOptions {
  /** The new version. */
  readonly canary: CanaryServiceVersion;
  /**
   * Percentage of the remaining requests sent to the canary; raise it release by release (weight-only changes
   * never drop a request).
   * @default 0
   */
  readonly canaryWeight?: number;
  /**
   * Requests that always reach the canary.
   * @default - none
   */
  readonly canaryMatches?: RouteMatch[];
}

/**
 * The releases of a CanaryService version change that never drops a request (make-before-break): each method
 * takes the props of the release the cluster runs and returns the props of the next release.
 *
 * 1. `{ stable: v1 }`
 * 2. `startCanary`: `{ stable: v1, canary: v2, canaryWeight }`: the new Deployment and subset arrive before (in
 *    apply order) the routes that use them;
 * 3. `promote`: `{ stable: v2, retiring: v1 }`: every route goes to v2 while v1's Deployment and subset stay, so
 *    the routes of release 2, still in place until the VirtualService lands, keep working;
 * 4. `finish`: `{ stable: v2 }`: v1 goes once no route names it.
 *
 * Going from 2 straight to 4 removes subset v1 while the old VirtualService still sends requests there (503
 * until the new VirtualService lands); `cdk8s-istio check-transition` reports it and accepts each step above.
 */
export class CanaryPromotion {
  /** Release 2: a canary next to stable. */
  public static startCanary(current: CanaryServiceProps, options: CanaryStartOptions): CanaryServiceProps {
    const errors = CanaryPromotion.errors(current);
    if (current.canary !== undefined) {
      throw errors.about('canary', `is already set (${show(current.canary?.version)}): promote it or drop it before starting another`);
    }
    if (current.retiring !== undefined) {
      throw errors.about('retiring', `is still set (${show(current.retiring?.version)}): finish the last promotion (CanaryPromotion.finish) first`);
    }
    if (options?.canary === undefined) throw errors.mustBe('canary', 'the new version (in the options of startCanary)', options?.canary);
    return {
      ...omit(current, 'canaryWeight', 'canaryMatches', 'canaryMirrorPercent'),
      canary: options.canary,
      ...(options.canaryWeight !== undefined ? { canaryWeight: options.canaryWeight } : {}),
      ...(options.canaryMatches !== undefined ? { canaryMatches: options.canaryMatches } : {}),
    };
  }

  /** Release 3: the canary becomes stable and gets every request; the old stable retires for one release. */
  public static promote(current: CanaryServiceProps): CanaryServiceProps {
    const errors = CanaryPromotion.errors(current);
    if (current.canary === undefined) throw errors.mustBe('canary', 'set to promote (the version that becomes stable)', current.canary);
    if (current.retiring !== undefined) {
      throw errors.about('retiring', `is still set (${show(current.retiring?.version)}): finish the last promotion (CanaryPromotion.finish) first`);
    }
    const rest = omit(current, 'canary', 'canaryWeight', 'canaryMatches', 'canaryMirrorPercent');
    return { ...rest, stable: current.canary, retiring: current.stable };
  }

  /** Release 4: the retired version goes. */
  public static finish(current: CanaryServiceProps): CanaryServiceProps {
    const errors = CanaryPromotion.errors(current);
    if (current.retiring === undefined || current.retiring === null || typeof current.retiring !== 'object' || Array.isArray(current.retiring)) throw errors.mustBe('retiring', 'set to finish a promotion (the version promote() retired)', current.retiring);
    return omit(current, 'retiring');
  }

  private static errors(current: CanaryServiceProps): PropErrors {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) {
      throw new Error(`CanaryPromotion: the current props must be CanaryServiceProps, got ${show(current)}`);
    }
    return PropErrors.forConstruct('CanaryPromotion', current.name);
  }

  private constructor() {}
}

/** A copy of the props without the given keys (absent, not undefined: the next release simply does not set them). */
function omit(props: CanaryServiceProps, ...keys: (keyof CanaryServiceProps)[]): CanaryServiceProps {
  const copy: { [key: string]: unknown } = { ...props };
  for (const k of keys) delete copy[k];
  return copy as unknown as CanaryServiceProps;
}
