"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultPullPolicy = defaultPullPolicy;
exports.pullPolicy = pullPolicy;
const canary_service_version_1 = require("./canary-service-version");
const enum_check_1 = require("../shared/enum-check");
/**
 * The pull policy the API server would default for `image`: Always for the `latest` tag or no tag (a moving
 * reference), else IfNotPresent. A digest pins the image, so it counts as a tag. Written out explicitly so the
 * manifests show what the cluster does.
 */
function defaultPullPolicy(image) {
    if (image.includes('@'))
        return canary_service_version_1.ImagePullPolicy.IF_NOT_PRESENT;
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    const tag = colon < 0 ? '' : image.slice(colon + 1);
    return tag === '' || tag === 'latest' ? canary_service_version_1.ImagePullPolicy.ALWAYS : canary_service_version_1.ImagePullPolicy.IF_NOT_PRESENT;
}
function pullPolicy(errors, prop, policy, image) {
    if (policy === undefined)
        return defaultPullPolicy(image);
    if (!(0, enum_check_1.isEnumValue)(canary_service_version_1.ImagePullPolicy, policy))
        throw errors.mustBe(prop, (0, enum_check_1.enumChoices)('ImagePullPolicy', canary_service_version_1.ImagePullPolicy), policy);
    return policy;
}
//# sourceMappingURL=image-pull-policy.js.map