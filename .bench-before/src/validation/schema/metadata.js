"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateMetadata = validateMetadata;
/**
 * The parts of a custom resource the API server checks outside the CRD schema: ObjectMeta (name, namespace,
 * labels, annotations) and that apiVersion/kind name a kind and version the CRDs serve.
 */
const names_1 = require("../util/names");
const messages_1 = require("./messages");
const OBJECT_META_FIELDS = new Set([
    'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
    'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers',
    'managedFields',
]);
/** The API server's limit on the total size of an object's annotations (keys + values). */
const MAX_ANNOTATIONS_BYTES = 256 * 1024;
/** `nameRule` is the kind's rule for metadata.name (built-in kinds differ: Service DNS-1035, Namespace DNS-1123 label). */
function validateMetadata(obj, run, nameRule = names_1.dns1123SubdomainError) {
    const meta = obj.metadata;
    if (meta === undefined || meta === null) {
        run.error('metadata.name', `${messages_1.REQUIRED}: name or generateName is required`);
        return;
    }
    if (typeof meta !== 'object' || Array.isArray(meta)) {
        run.error('metadata', (0, messages_1.typeInvalid)('metadata', meta, 'object'));
        return;
    }
    const m = meta;
    for (const key of Object.keys(m)) {
        if (!OBJECT_META_FIELDS.has(key))
            run.error((0, messages_1.childPath)('metadata', key), (0, messages_1.unknownField)((0, messages_1.childPath)('metadata', key)));
    }
    validateName(m, run, nameRule ?? names_1.dns1123SubdomainError);
    const ns = m.namespace;
    if (ns !== undefined && ns !== null && ns !== '') {
        if (typeof ns !== 'string')
            run.error('metadata.namespace', (0, messages_1.typeInvalid)('metadata.namespace', ns, 'string'));
        else {
            const err = (0, names_1.dns1123LabelError)(ns);
            if (err)
                run.error('metadata.namespace', (0, messages_1.invalid)(ns, err));
        }
    }
    validateLabels(m.labels, run);
    validateAnnotations(m.annotations, run);
}
function validateName(m, run, nameRule) {
    const { name, generateName } = m;
    if (name === undefined || name === null || name === '') {
        if (typeof generateName === 'string' && generateName !== '') {
            // generateName is a prefix: the API server appends random characters, so a trailing '-' is fine.
            if (!(0, names_1.isDns1123Subdomain)(generateName.replace(/-$/, 'a'))) {
                run.error('metadata.generateName', (0, messages_1.invalid)(generateName, 'must be a DNS-1123 subdomain prefix: lower-case letters, digits, ' +
                    "'-' and '.', starting with a letter or digit (e.g. \"policy-\")"));
            }
        }
        else {
            run.error('metadata.name', `${messages_1.REQUIRED}: name or generateName is required`);
        }
        return;
    }
    if (typeof name !== 'string') {
        run.error('metadata.name', (0, messages_1.typeInvalid)('metadata.name', name, 'string'));
        return;
    }
    const err = nameRule(name);
    if (err)
        run.error('metadata.name', (0, messages_1.invalid)(name, err));
}
function stringMap(value, path, run) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
        run.error(path, (0, messages_1.typeInvalid)(path, value, 'object'));
        return undefined;
    }
    return value;
}
function validateLabels(value, run) {
    const labels = stringMap(value, 'metadata.labels', run);
    if (!labels)
        return;
    for (const [key, v] of Object.entries(labels)) {
        const keyErr = (0, names_1.labelKeyError)(key);
        if (keyErr)
            run.error('metadata.labels', (0, messages_1.invalid)(key, keyErr));
        const path = `metadata.labels[${key}]`;
        if (typeof v !== 'string')
            run.error(path, (0, messages_1.typeInvalid)(path, v, 'string'));
        else {
            const valueErr = (0, names_1.labelValueError)(v);
            if (valueErr)
                run.error(path, (0, messages_1.invalid)(v, valueErr));
        }
    }
}
function validateAnnotations(value, run) {
    const annotations = stringMap(value, 'metadata.annotations', run);
    if (!annotations)
        return;
    let bytes = 0;
    for (const [key, v] of Object.entries(annotations)) {
        // The API server checks annotation keys case-insensitively (it lower-cases them first).
        const keyErr = (0, names_1.labelKeyError)(key.toLowerCase());
        if (keyErr)
            run.error('metadata.annotations', (0, messages_1.invalid)(key, keyErr));
        const path = `metadata.annotations[${key}]`;
        if (typeof v !== 'string') {
            run.error(path, (0, messages_1.typeInvalid)(path, v, 'string'));
            continue;
        }
        bytes += Buffer.byteLength(key) + Buffer.byteLength(v);
    }
    if (bytes > MAX_ANNOTATIONS_BYTES) {
        run.error('metadata.annotations', `Too long: must have at most ${MAX_ANNOTATIONS_BYTES} bytes (annotations total ${bytes} bytes)`);
    }
}
//# sourceMappingURL=metadata.js.map