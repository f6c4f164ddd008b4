import { ImagePullPolicy } from './canary-service-version';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { PropErrors } from '../shared/prop-errors';

/**
 * The pull policy the API server would default for `image`: Always for the `latest` tag or no tag (a moving
 * reference), else IfNotPresent. A digest pins the image, so it counts as a tag. Written out explicitly so the
 * manifests show what the cluster does.
 */
export function defaultPullPolicy(image: string): ImagePullPolicy {
  if (image.includes('@')) return ImagePullPolicy.IF_NOT_PRESENT;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? '' : image.slice(colon + 1);
  return tag === '' || tag === 'latest' ? ImagePullPolicy.ALWAYS : ImagePullPolicy.IF_NOT_PRESENT;
}

export function pullPolicy(errors: PropErrors, prop: string, policy: ImagePullPolicy | undefined, image: string): string {
  if (policy === undefined) return defaultPullPolicy(image);
  if (!isEnumValue(ImagePullPolicy, policy)) throw errors.mustBe(prop, enumChoices('ImagePullPolicy', ImagePullPolicy), policy);
  return policy;
}
