import { CanaryServiceProps } from './canary-service';
import { CanaryServiceVersion } from './canary-service-version';
import { RouteMatch } from './route-match';
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
export declare class CanaryPromotion {
    /** Release 2: a canary next to stable. */
    static startCanary(current: CanaryServiceProps, options: CanaryStartOptions): CanaryServiceProps;
    /** Release 3: the canary becomes stable and gets every request; the old stable retires for one release. */
    static promote(current: CanaryServiceProps): CanaryServiceProps;
    /** Release 4: the retired version goes. */
    static finish(current: CanaryServiceProps): CanaryServiceProps;
    private static errors;
    private constructor();
}
