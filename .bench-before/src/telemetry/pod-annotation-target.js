"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.podAnnotationTarget = podAnnotationTarget;
/**
 * Where a workload's pod-template annotations live, for any construct that renders a pod template: a cdk8s-plus
 * workload of any cdk8s-plus-NN (recognized by its `podMetadata`, a cdk8s core object, so no cdk8s-plus import is
 * needed), or a plain ApiObject (the construct itself or its default child) of a kind with a pod template.
 */
const cdk8s_1 = require("cdk8s");
const plain_json_1 = require("../validation/util/plain-json");
const pod_template_1 = require("../validation/util/pod-template");
/** The target for `workload`, or undefined when it renders no pod template we can reach. */
function podAnnotationTarget(workload) {
    const podMetadata = workload.podMetadata;
    if (podMetadata instanceof cdk8s_1.ApiObjectMetadataDefinition)
        return metadataTarget(podMetadata);
    const obj = workload instanceof cdk8s_1.ApiObject ? workload : workload.node.defaultChild;
    if (!(obj instanceof cdk8s_1.ApiObject))
        return undefined;
    const path = (0, pod_template_1.podMetadataPath)(obj.kind);
    if (path === undefined)
        return undefined;
    return path.length === 0 ? metadataTarget(obj.metadata) : patchTarget(obj, path);
}
function metadataTarget(metadata) {
    return {
        read: (key) => annotationValue(metadata.toJson(), key),
        write: (key, value) => metadata.addAnnotation(key, value),
    };
}
/**
 * A pod template inside a plain ApiObject's spec: read from the object as rendered now, written as a JSON patch
 * (applied when the object renders), creating the missing parents of the annotation.
 */
function patchTarget(obj, path) {
    return {
        read: (key) => annotationValue((0, pod_template_1.valueAt)(obj.toJson(), path), key),
        write: (key, value) => {
            const full = [...path, 'annotations', key];
            let node = obj.toJson();
            let depth = 0;
            while (depth < full.length - 1 && (0, plain_json_1.isObj)(node) && (0, plain_json_1.isObj)(node[full[depth]])) {
                node = node[full[depth]];
                depth++;
            }
            let patchValue = value;
            for (let i = full.length - 1; i > depth; i--)
                patchValue = { [full[i]]: patchValue };
            obj.addJsonPatch(cdk8s_1.JsonPatch.add(pointer(full.slice(0, depth + 1)), patchValue));
        },
    };
}
function annotationValue(metadata, key) {
    const value = (0, plain_json_1.obj)((0, plain_json_1.obj)(metadata).annotations)[key];
    return typeof value === 'string' ? value : undefined;
}
function pointer(keys) {
    return keys.map((k) => '/' + k.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
//# sourceMappingURL=pod-annotation-target.js.map