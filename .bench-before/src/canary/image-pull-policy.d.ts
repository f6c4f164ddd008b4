import { ImagePullPolicy } from './canary-service-version';
import { PropErrors } from '../shared/prop-errors';
/**
 * The pull policy the API server would default for `image`: Always for the `latest` tag or no tag (a moving
 * reference), else IfNotPresent. A digest pins the image, so it counts as a tag. Written out explicitly so the
 * manifests show what the cluster does.
 */
export declare function defaultPullPolicy(image: string): ImagePullPolicy;
export declare function pullPolicy(errors: PropErrors, prop: string, policy: ImagePullPolicy | undefined, image: string): string;
