"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvFrom = exports.EnvValue = exports.PodField = void 0;
const enum_check_1 = require("../shared/enum-check");
const prop_types_1 = require("../shared/prop-types");
const names_1 = require("../validation/util/names");
var EnvSource;
(function (EnvSource) {
    EnvSource[EnvSource["VALUE"] = 0] = "VALUE";
    EnvSource[EnvSource["SECRET"] = 1] = "SECRET";
    EnvSource[EnvSource["CONFIG_MAP"] = 2] = "CONFIG_MAP";
    EnvSource[EnvSource["POD_FIELD"] = 3] = "POD_FIELD";
})(EnvSource || (EnvSource = {}));
/** A field of the pod that the downward API can put into an environment variable (`valueFrom.fieldRef`). */
var PodField;
(function (PodField) {
    /** The pod's name. */
    PodField["NAME"] = "metadata.name";
    /** The pod's namespace. */
    PodField["NAMESPACE"] = "metadata.namespace";
    /** The pod's UID. */
    PodField["UID"] = "metadata.uid";
    /** The name of the node the pod runs on. */
    PodField["NODE_NAME"] = "spec.nodeName";
    /** The pod's service account. */
    PodField["SERVICE_ACCOUNT_NAME"] = "spec.serviceAccountName";
    /** The node's IP address. */
    PodField["HOST_IP"] = "status.hostIP";
    /** The pod's IP address. */
    PodField["POD_IP"] = "status.podIP";
})(PodField || (exports.PodField = PodField = {}));
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
// Kubernetes 1.28 environment variable names (IsEnvVarName).
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** The value of an environment variable of a version's container. */
class EnvValue {
    source;
    valueOrKey;
    objectName;
    /** A literal value. */
    static fromValue(value) {
        new prop_types_1.FactoryArgs('EnvValue.fromValue').string('value', value);
        return new EnvValue(EnvSource.VALUE, value);
    }
    /** The value of `key` in the Secret `secretName` (same namespace). */
    static fromSecret(secretName, key) {
        const args = new prop_types_1.FactoryArgs('EnvValue.fromSecret');
        args.string('secretName', secretName);
        args.string('key', key);
        return new EnvValue(EnvSource.SECRET, key, secretName);
    }
    /** The value of `key` in the ConfigMap `configMapName` (same namespace). */
    static fromConfigMap(configMapName, key) {
        const args = new prop_types_1.FactoryArgs('EnvValue.fromConfigMap');
        args.string('configMapName', configMapName);
        args.string('key', key);
        return new EnvValue(EnvSource.CONFIG_MAP, key, configMapName);
    }
    /** A field of the pod itself (the downward API), e.g. `EnvValue.fromPodField(PodField.POD_IP)`. */
    static fromPodField(field) {
        return new EnvValue(EnvSource.POD_FIELD, field);
    }
    constructor(source, valueOrKey, objectName) {
        this.source = source;
        this.valueOrKey = valueOrKey;
        this.objectName = objectName;
    }
    /** @internal */
    _toKube(errors, prop, name) {
        if (typeof name !== 'string' || !ENV_NAME.test(name)) {
            throw errors.mustBe(prop, "keyed by environment variable names of letters, digits, '_', '-' and '.', not starting with a digit", name);
        }
        if (typeof this.valueOrKey !== 'string')
            throw errors.mustBe(`${prop}.${name}`, 'a string', this.valueOrKey);
        if (this.source === EnvSource.VALUE)
            return { name, value: this.valueOrKey };
        if (this.source === EnvSource.POD_FIELD) {
            if (!(0, enum_check_1.isEnumValue)(PodField, this.valueOrKey))
                throw errors.mustBe(`${prop}.${name}`, `a pod field: ${(0, enum_check_1.enumChoices)('PodField', PodField)}`, this.valueOrKey);
            return { name, valueFrom: { fieldRef: { fieldPath: this.valueOrKey } } };
        }
        const what = this.source === EnvSource.SECRET ? 'Secret' : 'ConfigMap';
        const nameError = (0, names_1.dns1123SubdomainError)(String(this.objectName));
        if (nameError)
            throw errors.invalid(`${prop}.${name}`, `${what} name ${nameError}`);
        if (!CONFIG_KEY.test(this.valueOrKey) || this.valueOrKey.length > 253) {
            throw errors.mustBe(`${prop}.${name}`, `a ${what} key of letters, digits, '-', '_' and '.'`, this.valueOrKey);
        }
        const ref = { name: this.objectName, key: this.valueOrKey };
        return this.source === EnvSource.SECRET ? { name, valueFrom: { secretKeyRef: ref } } : { name, valueFrom: { configMapKeyRef: ref } };
    }
}
exports.EnvValue = EnvValue;
/** A ConfigMap or Secret whose keys all become environment variables of a version's container (`envFrom`). */
class EnvFrom {
    source;
    objectName;
    prefix;
    /** Every key of ConfigMap `configMapName` (same namespace), optionally prefixed. */
    static configMap(configMapName, prefix) {
        return new EnvFrom(EnvSource.CONFIG_MAP, configMapName, prefix);
    }
    /** Every key of Secret `secretName` (same namespace), optionally prefixed. */
    static secret(secretName, prefix) {
        return new EnvFrom(EnvSource.SECRET, secretName, prefix);
    }
    constructor(source, objectName, prefix) {
        this.source = source;
        this.objectName = objectName;
        this.prefix = prefix;
    }
    /** @internal */
    _toKube(errors, prop) {
        const what = this.source === EnvSource.SECRET ? 'Secret' : 'ConfigMap';
        const nameError = typeof this.objectName === 'string' ? (0, names_1.dns1123SubdomainError)(this.objectName) : 'must be a string';
        if (nameError)
            throw errors.invalid(prop, `${what} name ${nameError}`);
        if (this.prefix !== undefined && (typeof this.prefix !== 'string' || !ENV_NAME.test(this.prefix))) {
            throw errors.mustBe(`${prop}.prefix`, "an environment variable name prefix of letters, digits, '_', '-' and '.', not starting with a digit", this.prefix);
        }
        const ref = { name: this.objectName };
        const prefix = this.prefix !== undefined ? { prefix: this.prefix } : {};
        return this.source === EnvSource.SECRET ? { secretRef: ref, ...prefix } : { configMapRef: ref, ...prefix };
    }
}
exports.EnvFrom = EnvFrom;
//# sourceMappingURL=env-value.js.map