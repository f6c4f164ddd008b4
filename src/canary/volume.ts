import { Size, SizeRoundingBehavior } from 'cdk8s';
import * as k8s from '../../imports/k8s';
import { kubeWireJson } from './kube-wire';
import { PropErrors } from '../shared/prop-errors';
import { FactoryArgs } from '../shared/prop-types';
import { VolumeJson } from './emitted-json';
import { hasWhitespace } from '../validation/util/chars';
import { dns1123LabelError, dns1123SubdomainError } from '../validation/util/names';

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

const VOLUME_FACTORIES = 'a Volume (Volume.fromConfigMap, fromSecret, emptyDir, fromPersistentVolumeClaim or raw)';

enum VolumeKind { CONFIG_MAP, SECRET, EMPTY_DIR, CLAIM, RAW }

/**
 * A pod volume of a version. Mount it with `mounts` (every volume a mount names joins the pod; `volumes` adds
 * volumes only init containers mount). With `readOnlyRootFilesystem`, give the app an `emptyDir` for the paths
 * it writes.
 */
export class Volume {
  /** The keys of ConfigMap `configMapName` (same namespace) as files. */
  public static fromConfigMap(name: string, configMapName: string, options: ConfigVolumeOptions = {}): Volume {
    return new Volume(VolumeKind.CONFIG_MAP, name, configMapName, new FactoryArgs('Volume.fromConfigMap').options('options', options));
  }

  /** The keys of Secret `secretName` (same namespace) as files. */
  public static fromSecret(name: string, secretName: string, options: ConfigVolumeOptions = {}): Volume {
    return new Volume(VolumeKind.SECRET, name, secretName, new FactoryArgs('Volume.fromSecret').options('options', options));
  }

  /** An empty scratch directory, created with the pod and deleted with it. */
  public static emptyDir(name: string, options: EmptyDirVolumeOptions = {}): Volume {
    return new Volume(VolumeKind.EMPTY_DIR, name, undefined, new FactoryArgs('Volume.emptyDir').options('options', options));
  }

  /**
   * The PersistentVolumeClaim `claimName` (same namespace, not created here). Every pod of the version mounts the
   * same claim, so more than one replica needs a ReadWriteMany (or ReadOnlyMany) claim.
   */
  public static fromPersistentVolumeClaim(name: string, claimName: string, options: ClaimVolumeOptions = {}): Volume {
    return new Volume(VolumeKind.CLAIM, name, claimName, new FactoryArgs('Volume.fromPersistentVolumeClaim').options('options', options));
  }

  /**
   * Any other Kubernetes volume (CSI, projected, downward API, hostPath, ...), written as given: the escape hatch
   * for what the factories above do not cover. Mount it like the others. Its fields are not checked here; the
   * Kubernetes validation at synth checks the Deployment it ends up in, as the API server would.
   */
  public static raw(volume: k8s.Volume): Volume {
    const name = typeof volume === 'object' && volume !== null ? volume.name : undefined;
    return new Volume(VolumeKind.RAW, name as string, undefined, {}, volume);
  }

  private constructor(
    private readonly kind: VolumeKind,
    /** The volume's name in the pod (a DNS-1123 label), which mounts refer to. */
    public readonly name: string,
    private readonly source: string | undefined,
    private readonly options: ConfigVolumeOptions & EmptyDirVolumeOptions & ClaimVolumeOptions,
    private readonly rawVolume?: k8s.Volume,
  ) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string): VolumeJson {
    if (this.kind === VolumeKind.RAW && (typeof this.rawVolume !== 'object' || this.rawVolume === null || Array.isArray(this.rawVolume))) {
      throw errors.mustBe(prop, 'a Kubernetes Volume object ({ name, <source>: {...} })', this.rawVolume);
    }
    const nameError = typeof this.name === 'string' ? dns1123LabelError(this.name) : 'must be a string';
    if (nameError) throw errors.invalid(`${prop}.name`, `volume name ${nameError}`);
    const o = this.options ?? {};
    const flag = (field: 'optional' | 'memory' | 'readOnly'): boolean => {
      const value = o[field] ?? false;
      if (typeof value !== 'boolean') throw errors.mustBe(`${prop}.${field}`, 'true or false', value);
      return value;
    };
    const sourceName = (what: string): string => {
      const error = typeof this.source === 'string' ? dns1123SubdomainError(this.source) : 'must be a string';
      if (error) throw errors.invalid(`${prop}`, `${what} name ${error}`);
      return this.source as string;
    };
    switch (this.kind) {
      case VolumeKind.RAW:
        return kubeWireJson(errors, prop, this.rawVolume) as VolumeJson;
      case VolumeKind.CONFIG_MAP:
        return { name: this.name, configMap: { name: sourceName('ConfigMap'), ...(flag('optional') ? { optional: true } : {}) } };
      case VolumeKind.SECRET:
        return { name: this.name, secret: { secretName: sourceName('Secret'), ...(flag('optional') ? { optional: true } : {}) } };
      case VolumeKind.CLAIM:
        return { name: this.name, persistentVolumeClaim: { claimName: sourceName('PersistentVolumeClaim'), ...(flag('readOnly') ? { readOnly: true } : {}) } };
      case VolumeKind.EMPTY_DIR: {
        let sizeLimit: string | undefined;
        if (o.sizeLimit !== undefined) {
          if (!(o.sizeLimit instanceof Size)) throw errors.mustBe(`${prop}.sizeLimit`, 'a Size (e.g. Size.mebibytes(64))', o.sizeLimit);
          const kib = o.sizeLimit.toKibibytes({ rounding: SizeRoundingBehavior.NONE });
          if (!Number.isInteger(kib) || kib < 1) throw errors.mustBe(`${prop}.sizeLimit`, 'a whole number of KiB, at least 1 KiB', `${kib} KiB`);
          sizeLimit = kib % 1024 === 0 ? `${kib / 1024}Mi` : `${kib}Ki`;
        }
        return { name: this.name, emptyDir: { ...(flag('memory') ? { medium: 'Memory' } : {}), ...(sizeLimit ? { sizeLimit } : {}) } };
      }
    }
  }
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
export function renderMounts(errors: PropErrors, prop: string, mounts: VolumeMount[] | undefined, collect: (v: Volume, prop: string) => void):
{ name: string; mountPath: string; readOnly?: boolean; subPath?: string }[] | undefined {
  if (mounts === undefined) return undefined;
  if (!Array.isArray(mounts)) throw errors.mustBe(prop, 'a list of VolumeMount ({ volume, path })', mounts);
  const paths = new Set<string>();
  return mounts.map((m, i) => {
    const at = `${prop}[${i}]`;
    if (typeof m !== 'object' || m === null) throw errors.mustBe(at, 'a VolumeMount ({ volume, path })', m);
    if (!(m.volume instanceof Volume)) throw errors.mustBe(`${at}.volume`, VOLUME_FACTORIES, m.volume);
    collect(m.volume, `${at}.volume`);
    if (typeof m.path !== 'string' || !m.path.startsWith('/') || hasWhitespace(m.path) || m.path.includes(':')) {
      throw errors.mustBe(`${at}.path`, "an absolute path without spaces or ':' (e.g. \"/etc/app\")", m.path);
    }
    if (paths.has(m.path)) throw errors.mustBe(`${at}.path`, 'a path no other mount of this container uses', m.path);
    paths.add(m.path);
    const readOnly = m.readOnly ?? false;
    if (typeof readOnly !== 'boolean') throw errors.mustBe(`${at}.readOnly`, 'true or false', readOnly);
    if (m.subPath !== undefined && (typeof m.subPath !== 'string' || m.subPath === '' || m.subPath.startsWith('/') || m.subPath.split('/').includes('..'))) {
      throw errors.mustBe(`${at}.subPath`, "a relative path inside the volume without '..'", m.subPath);
    }
    return { name: m.volume.name, mountPath: m.path, ...(readOnly ? { readOnly } : {}), ...(m.subPath !== undefined ? { subPath: m.subPath } : {}) };
  });
}

/** Collects a pod's volumes by name; the same name for two different volumes is an error. */
export class PodVolumes {
  private readonly byName = new Map<string, { json: VolumeJson; text: string; prop: string }>();

  public constructor(private readonly errors: PropErrors) {}

  public add(volume: Volume, prop: string): void {
    if (!(volume instanceof Volume)) throw this.errors.mustBe(prop, VOLUME_FACTORIES, volume);
    const json = volume._toKube(this.errors, prop);
    const text = JSON.stringify(json);
    const seen = this.byName.get(json.name);
    if (seen && seen.text !== text) {
      throw this.errors.mustBe(`${prop}.name`, `a name no other volume uses (${seen.prop} is a different volume named "${json.name}")`, json.name);
    }
    if (!seen) this.byName.set(json.name, { json, text, prop });
  }

  public get volumes(): VolumeJson[] | undefined {
    return this.byName.size === 0 ? undefined : [...this.byName.values()].map((v) => v.json);
  }
}
