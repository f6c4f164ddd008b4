"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkConfigMap = checkConfigMap;
exports.checkSecret = checkSecret;
exports.checkNamespace = checkNamespace;
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
/** The API server's limit on a ConfigMap's or Secret's data. */
const MAX_DATA_BYTES = 1024 * 1024;
function configKeyErrors(key) {
    const errs = [];
    if (key.length > 253)
        errs.push('must be no more than 253 characters');
    if (!CONFIG_KEY.test(key)) {
        errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
    }
    if (key === '.')
        errs.push("must not be '.'");
    else if (key === '..')
        errs.push("must not be '..'");
    else if (key.startsWith('..'))
        errs.push("must not start with '..'");
    return errs;
}
function checkKeys(map, path, run) {
    for (const [key] of (0, plain_json_1.entries)(map))
        for (const e of configKeyErrors(key))
            run.error(path, (0, fields_1.invalid)(key, e));
}
function checkConfigMap(o, run) {
    checkKeys(o.data, 'data', run);
    checkKeys(o.binaryData, 'binaryData', run);
    let bytes = 0;
    for (const [key, v] of (0, plain_json_1.entries)(o.data)) {
        if (typeof v === 'string')
            bytes += Buffer.byteLength(v);
        if ((0, plain_json_1.isObj)(o.binaryData) && key in o.binaryData)
            run.error('data', (0, fields_1.invalid)(key, 'duplicate of key present in binaryData'));
    }
    for (const [, v] of (0, plain_json_1.entries)(o.binaryData))
        if (typeof v === 'string')
            bytes += Buffer.from(v, 'base64').length;
    if (bytes > MAX_DATA_BYTES)
        run.error('', `Too long: may not be more than ${MAX_DATA_BYTES} bytes`);
}
/** Keys each well-known Secret type requires (after stringData is merged into data). */
const SECRET_TYPE_KEYS = {
    'kubernetes.io/dockercfg': ['.dockercfg'],
    'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
    'kubernetes.io/ssh-auth': ['ssh-privatekey'],
    'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};
function checkSecret(o, run) {
    checkKeys(o.data, 'data', run);
    checkKeys(o.stringData, 'stringData', run);
    const keys = new Set([...(0, plain_json_1.entries)(o.data).map(([k]) => k), ...(0, plain_json_1.entries)(o.stringData).map(([k]) => k)]);
    let bytes = 0;
    for (const [, v] of (0, plain_json_1.entries)(o.data))
        if (typeof v === 'string')
            bytes += Buffer.from(v, 'base64').length;
    for (const [, v] of (0, plain_json_1.entries)(o.stringData))
        if (typeof v === 'string')
            bytes += Buffer.byteLength(v);
    if (bytes > MAX_DATA_BYTES)
        run.error('data', `Too long: may not be more than ${MAX_DATA_BYTES} bytes`);
    const type = typeof o.type === 'string' ? o.type : 'Opaque';
    for (const key of SECRET_TYPE_KEYS[type] ?? [])
        if (!keys.has(key))
            run.error(`data[${key}]`, fields_1.REQUIRED);
    if (type === 'kubernetes.io/basic-auth' && !keys.has('username') && !keys.has('password')) {
        run.error('data[username]', fields_1.REQUIRED);
    }
    if (type === 'kubernetes.io/service-account-token' && !(0, plain_json_1.obj)((0, plain_json_1.obj)(o.metadata).annotations)['kubernetes.io/service-account.name']) {
        run.error('metadata.annotations[kubernetes.io/service-account.name]', fields_1.REQUIRED);
    }
}
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
function checkNamespace(o, run) {
    if ((0, plain_json_1.obj)(o.metadata).namespace !== undefined)
        run.error('metadata.namespace', 'Forbidden: not allowed on this type');
    const finalizers = (0, plain_json_1.obj)(o.spec).finalizers;
    if (!Array.isArray(finalizers))
        return;
    finalizers.forEach((f, i) => {
        if (typeof f === 'string' && !STANDARD_FINALIZERS.has(f) && !f.includes('/')) {
            run.error(`spec.finalizers[${i}]`, (0, fields_1.invalid)(f, 'name is neither a standard finalizer name nor is it fully qualified'));
        }
    });
}
//# sourceMappingURL=config.js.map