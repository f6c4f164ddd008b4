"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.POD_TEMPLATE_KINDS = exports.POD_METADATA_PATHS = void 0;
exports.podMetadataPath = podMetadataPath;
exports.valueAt = valueAt;
/** Where the pod template's metadata sits in each Kubernetes workload kind. */
const plain_json_1 = require("./plain-json");
/** JSON path (object keys) of the pod template's metadata per kind; [] is the object's own metadata (a Pod). */
exports.POD_METADATA_PATHS = {
    Pod: [],
    Deployment: ['spec', 'template', 'metadata'],
    StatefulSet: ['spec', 'template', 'metadata'],
    DaemonSet: ['spec', 'template', 'metadata'],
    ReplicaSet: ['spec', 'template', 'metadata'],
    ReplicationController: ['spec', 'template', 'metadata'],
    Job: ['spec', 'template', 'metadata'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
};
exports.POD_TEMPLATE_KINDS = Object.keys(exports.POD_METADATA_PATHS);
/** The pod metadata path of a kind, or undefined for kinds without a pod template. */
function podMetadataPath(kind) {
    return Object.prototype.hasOwnProperty.call(exports.POD_METADATA_PATHS, kind) ? exports.POD_METADATA_PATHS[kind] : undefined;
}
/** The value at a path of object keys; undefined where the path leaves the objects. */
function valueAt(root, path) {
    let node = root;
    for (const key of path)
        node = (0, plain_json_1.obj)(node)[key];
    return node;
}
//# sourceMappingURL=pod-template.js.map