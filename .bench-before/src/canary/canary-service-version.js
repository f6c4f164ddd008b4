"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ImagePullPolicy = void 0;
/** When the kubelet pulls a version's image (the Kubernetes `imagePullPolicy` values). */
var ImagePullPolicy;
(function (ImagePullPolicy) {
    /** Pull on every pod start. */
    ImagePullPolicy["ALWAYS"] = "Always";
    /** Pull only when the node lacks the image. */
    ImagePullPolicy["IF_NOT_PRESENT"] = "IfNotPresent";
    /** Never pull; the image must be on the node. */
    ImagePullPolicy["NEVER"] = "Never";
})(ImagePullPolicy || (exports.ImagePullPolicy = ImagePullPolicy = {}));
//# sourceMappingURL=canary-service-version.js.map