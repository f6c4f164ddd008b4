"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodVolumes = exports.Volume = void 0;
exports.renderMounts = renderMounts;
const cdk8s_1 = require("cdk8s");
const names_1 = require("../validation/util/names");
var VolumeKind;
(function (VolumeKind) {
    VolumeKind[VolumeKind["CONFIG_MAP"] = 0] = "CONFIG_MAP";
    VolumeKind[VolumeKind["SECRET"] = 1] = "SECRET";
    VolumeKind[VolumeKind["EMPTY_DIR"] = 2] = "EMPTY_DIR";
    VolumeKind[VolumeKind["CLAIM"] = 3] = "CLAIM";
})(VolumeKind || (VolumeKind = {}));
/**
 * A pod volume of a version. Mount it with `mounts` (every volume a mount names joins the pod; `volumes` adds
 * volumes only init containers mount). With `readOnlyRootFilesystem`, give the app an `emptyDir` for the paths
 * it writes.
 */
class Volume {
    kind;
    name;
    source;
    options;
    /** The keys of ConfigMap `configMapName` (same namespace) as files. */
    static fromConfigMap(name, configMapName, options = {}) {
        return new Volume(VolumeKind.CONFIG_MAP, name, configMapName, options);
    }
    /** The keys of Secret `secretName` (same namespace) as files. */
    static fromSecret(name, secretName, options = {}) {
        return new Volume(VolumeKind.SECRET, name, secretName, options);
    }
    /** An empty scratch directory, created with the pod and deleted with it. */
    static emptyDir(name, options = {}) {
        return new Volume(VolumeKind.EMPTY_DIR, name, undefined, options);
    }
    /**
     * The PersistentVolumeClaim `claimName` (same namespace, not created here). Every pod of the version mounts the
     * same claim, so more than one replica needs a ReadWriteMany (or ReadOnlyMany) claim.
     */
    static fromPersistentVolumeClaim(name, claimName, options = {}) {
        return new Volume(VolumeKind.CLAIM, name, claimName, options);
    }
    constructor(kind, 
    /** The volume's name in the pod (a DNS-1123 label), which mounts refer to. */
    name, source, options) {
        this.kind = kind;
        this.name = name;
        this.source = source;
        this.options = options;
    }
    /** @internal */
    _toKube(errors, prop) {
        const nameError = typeof this.name === 'string' ? (0, names_1.dns1123LabelError)(this.name) : 'must be a string';
        if (nameError)
            throw errors.invalid(`${prop}.name`, `volume name ${nameError}`);
        const o = this.options ?? {};
        const flag = (field) => {
            const value = o[field] ?? false;
            if (typeof value !== 'boolean')
                throw errors.mustBe(`${prop}.${field}`, 'true or false', value);
            return value;
        };
        const sourceName = (what) => {
            const error = typeof this.source === 'string' ? (0, names_1.dns1123SubdomainError)(this.source) : 'must be a string';
            if (error)
                throw errors.invalid(`${prop}`, `${what} name ${error}`);
            return this.source;
        };
        switch (this.kind) {
            case VolumeKind.CONFIG_MAP:
                return { name: this.name, configMap: { name: sourceName('ConfigMap'), ...(flag('optional') ? { optional: true } : {}) } };
            case VolumeKind.SECRET:
                return { name: this.name, secret: { secretName: sourceName('Secret'), ...(flag('optional') ? { optional: true } : {}) } };
            case VolumeKind.CLAIM:
                return { name: this.name, persistentVolumeClaim: { claimName: sourceName('PersistentVolumeClaim'), ...(flag('readOnly') ? { readOnly: true } : {}) } };
            case VolumeKind.EMPTY_DIR: {
                let sizeLimit;
                if (o.sizeLimit !== undefined) {
                    if (!(o.sizeLimit instanceof cdk8s_1.Size))
                        throw errors.mustBe(`${prop}.sizeLimit`, 'a Size (e.g. Size.mebibytes(64))', o.sizeLimit);
                    const kib = o.sizeLimit.toKibibytes({ rounding: cdk8s_1.SizeRoundingBehavior.NONE });
                    if (!Number.isInteger(kib) || kib < 1)
                        throw errors.mustBe(`${prop}.sizeLimit`, 'a whole number of KiB, at least 1 KiB', `${kib} KiB`);
                    sizeLimit = kib % 1024 === 0 ? `${kib / 1024}Mi` : `${kib}Ki`;
                }
                return { name: this.name, emptyDir: { ...(flag('memory') ? { medium: 'Memory' } : {}), ...(sizeLimit ? { sizeLimit } : {}) } };
            }
        }
    }
}
exports.Volume = Volume;
/** The `volumeMounts` of one container, checked; every mounted volume is handed to `collect`. */
function renderMounts(errors, prop, mounts, collect) {
    if (mounts === undefined)
        return undefined;
    if (!Array.isArray(mounts))
        throw errors.mustBe(prop, 'a list of VolumeMount ({ volume, path })', mounts);
    const paths = new Set();
    return mounts.map((m, i) => {
        const at = `${prop}[${i}]`;
        if (typeof m !== 'object' || m === null)
            throw errors.mustBe(at, 'a VolumeMount ({ volume, path })', m);
        if (!(m.volume instanceof Volume))
            throw errors.mustBe(`${at}.volume`, 'a Volume (Volume.fromConfigMap, fromSecret, emptyDir or fromPersistentVolumeClaim)', m.volume);
        collect(m.volume, `${at}.volume`);
        if (typeof m.path !== 'string' || !m.path.startsWith('/') || /\s|:/.test(m.path)) {
            throw errors.mustBe(`${at}.path`, "an absolute path without spaces or ':' (e.g. \"/etc/app\")", m.path);
        }
        if (paths.has(m.path))
            throw errors.mustBe(`${at}.path`, 'a path no other mount of this container uses', m.path);
        paths.add(m.path);
        const readOnly = m.readOnly ?? false;
        if (typeof readOnly !== 'boolean')
            throw errors.mustBe(`${at}.readOnly`, 'true or false', readOnly);
        if (m.subPath !== undefined && (typeof m.subPath !== 'string' || m.subPath === '' || m.subPath.startsWith('/') || m.subPath.split('/').includes('..'))) {
            throw errors.mustBe(`${at}.subPath`, "a relative path inside the volume without '..'", m.subPath);
        }
        return { name: m.volume.name, mountPath: m.path, ...(readOnly ? { readOnly } : {}), ...(m.subPath !== undefined ? { subPath: m.subPath } : {}) };
    });
}
/** Collects a pod's volumes by name; the same name for two different volumes is an error. */
class PodVolumes {
    errors;
    byName = new Map();
    constructor(errors) {
        this.errors = errors;
    }
    add(volume, prop) {
        if (!(volume instanceof Volume))
            throw this.errors.mustBe(prop, 'a Volume (Volume.fromConfigMap, fromSecret, emptyDir or fromPersistentVolumeClaim)', volume);
        const json = volume._toKube(this.errors, prop);
        const text = JSON.stringify(json);
        const seen = this.byName.get(json.name);
        if (seen && seen.text !== text) {
            throw this.errors.mustBe(`${prop}.name`, `a name no other volume uses (${seen.prop} is a different volume named "${json.name}")`, json.name);
        }
        if (!seen)
            this.byName.set(json.name, { json, text, prop });
    }
    get volumes() {
        return this.byName.size === 0 ? undefined : [...this.byName.values()].map((v) => v.json);
    }
}
exports.PodVolumes = PodVolumes;
//# sourceMappingURL=volume.js.map