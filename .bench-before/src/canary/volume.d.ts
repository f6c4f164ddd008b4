import { Size } from 'cdk8s';
import { PropErrors } from '../shared/prop-errors';
import { VolumeJson } from './emitted-json';
/** Options of a volume filled from a ConfigMap or a Secret. */
export interface ConfigVolumeOptions {
    /**
     * Start the pod even when the ConfigMap / Secret does not exist (the volume is then empty).
     * @default false
     */
    readonly optional?: boolean;
}
/** Options of a scratch volume that lives as long as the pod. */
export interface EmptyDirVolumeOptions {
    /**
     * Keep the volume in memory (tmpfs; it counts against the container's memory limit).
     * @default false (node disk)
     */
    readonly memory?: boolean;
    /**
     * The most the volume may hold (whole MiB or more precise: whole KiB).
     * @default - no limit
     */
    readonly sizeLimit?: Size;
}
/** Options of a volume backed by a PersistentVolumeClaim. */
export interface ClaimVolumeOptions {
    /**
     * Mount the claim read-only in every container.
     * @default false
     */
    readonly readOnly?: boolean;
}
/**
 * A pod volume of a version. Mount it with `mounts` (every volume a mount names joins the pod; `volumes` adds
 * volumes only init containers mount). With `readOnlyRootFilesystem`, give the app an `emptyDir` for the paths
 * it writes.
 */
export declare class Volume {
    private readonly kind;
    /** The volume's name in the pod (a DNS-1123 label), which mounts refer to. */
    readonly name: string;
    private readonly source;
    private readonly options;
    /** The keys of ConfigMap `configMapName` (same namespace) as files. */
    static fromConfigMap(name: string, configMapName: string, options?: ConfigVolumeOptions): Volume;
    /** The keys of Secret `secretName` (same namespace) as files. */
    static fromSecret(name: string, secretName: string, options?: ConfigVolumeOptions): Volume;
    /** An empty scratch directory, created with the pod and deleted with it. */
    static emptyDir(name: string, options?: EmptyDirVolumeOptions): Volume;
    /**
     * The PersistentVolumeClaim `claimName` (same namespace, not created here). Every pod of the version mounts the
     * same claim, so more than one replica needs a ReadWriteMany (or ReadOnlyMany) claim.
     */
    static fromPersistentVolumeClaim(name: string, claimName: string, options?: ClaimVolumeOptions): Volume;
    private constructor();
}
/** Where a container sees a volume. */
export interface VolumeMount {
    /** The volume (it joins the pod's volumes). */
    readonly volume: Volume;
    /** The absolute path in the container, e.g. "/etc/app". */
    readonly path: string;
    /**
     * Mount read-only.
     * @default false
     */
    readonly readOnly?: boolean;
    /**
     * A relative path inside the volume to mount instead of its root (no '..').
     * @default - the volume's root
     */
    readonly subPath?: string;
}
/** The `volumeMounts` of one container, checked; every mounted volume is handed to `collect`. */
export declare function renderMounts(errors: PropErrors, prop: string, mounts: VolumeMount[] | undefined, collect: (v: Volume, prop: string) => void): {
    name: string;
    mountPath: string;
    readOnly?: boolean;
    subPath?: string;
}[] | undefined;
/** Collects a pod's volumes by name; the same name for two different volumes is an error. */
export declare class PodVolumes {
    private readonly errors;
    private readonly byName;
    constructor(errors: PropErrors);
    add(volume: Volume, prop: string): void;
    get volumes(): VolumeJson[] | undefined;
}
