import * as k8s from '../../imports/k8s';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { FactoryArgs } from '../shared/prop-types';
import { PropErrors } from '../shared/prop-errors';
import { CharClass } from '../validation/util/chars';
import { dns1123SubdomainError } from '../validation/util/names';

enum EnvSource { VALUE, SECRET, CONFIG_MAP, POD_FIELD }

/** A field of the pod that the downward API can put into an environment variable (`valueFrom.fieldRef`). */
export enum PodField {
  /** The pod's name. */
  NAME = 'metadata.name',
  /** The pod's namespace. */
  NAMESPACE = 'metadata.namespace',
  /** The pod's UID. */
  UID = 'metadata.uid',
  /** The name of the node the pod runs on. */
  NODE_NAME = 'spec.nodeName',
  /** The pod's service account. */
  SERVICE_ACCOUNT_NAME = 'spec.serviceAccountName',
  /** The node's IP address. */
  HOST_IP = 'status.hostIP',
  /** The pod's IP address. */
  POD_IP = 'status.podIP',
}

const CONFIG_KEY = new CharClass('._a-zA-Z0-9-');
// Kubernetes 1.28 environment variable names (IsEnvVarName).
const ENV_NAME_START = new CharClass('._a-zA-Z-');

/** `^[-._a-zA-Z][-._a-zA-Z0-9]*$` */
function isEnvName(name: string): boolean {
  return name !== '' && ENV_NAME_START.has(name.charCodeAt(0)) && CONFIG_KEY.all(name, 1);
}

/** The value of an environment variable of a version's container. */
export class EnvValue {
  /** A literal value. */
  public static fromValue(value: string): EnvValue {
    new FactoryArgs('EnvValue.fromValue').string('value', value);
    return new EnvValue(EnvSource.VALUE, value);
  }

  /** The value of `key` in the Secret `secretName` (same namespace). */
  public static fromSecret(secretName: string, key: string): EnvValue {
    const args = new FactoryArgs('EnvValue.fromSecret');
    args.string('secretName', secretName);
    args.string('key', key);
    return new EnvValue(EnvSource.SECRET, key, secretName);
  }

  /** The value of `key` in the ConfigMap `configMapName` (same namespace). */
  public static fromConfigMap(configMapName: string, key: string): EnvValue {
    const args = new FactoryArgs('EnvValue.fromConfigMap');
    args.string('configMapName', configMapName);
    args.string('key', key);
    return new EnvValue(EnvSource.CONFIG_MAP, key, configMapName);
  }

  /** A field of the pod itself (the downward API), e.g. `EnvValue.fromPodField(PodField.POD_IP)`. */
  public static fromPodField(field: PodField): EnvValue {
    return new EnvValue(EnvSource.POD_FIELD, field);
  }

  private constructor(private readonly source: EnvSource, private readonly valueOrKey: string, private readonly objectName?: string) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string, name: string): k8s.EnvVar {
    if (typeof name !== 'string' || !isEnvName(name)) {
      throw errors.mustBe(prop, "keyed by environment variable names of letters, digits, '_', '-' and '.', not starting with a digit", name);
    }
    if (typeof this.valueOrKey !== 'string') throw errors.mustBe(`${prop}.${name}`, 'a string', this.valueOrKey);
    if (this.source === EnvSource.VALUE) return { name, value: this.valueOrKey };
    if (this.source === EnvSource.POD_FIELD) {
      if (!isEnumValue(PodField, this.valueOrKey)) throw errors.mustBe(`${prop}.${name}`, `a pod field: ${enumChoices('PodField', PodField)}`, this.valueOrKey);
      return { name, valueFrom: { fieldRef: { fieldPath: this.valueOrKey } } };
    }
    const what = this.source === EnvSource.SECRET ? 'Secret' : 'ConfigMap';
    const nameError = dns1123SubdomainError(String(this.objectName));
    if (nameError) throw errors.invalid(`${prop}.${name}`, `${what} name ${nameError}`);
    if (this.valueOrKey === '' || !CONFIG_KEY.all(this.valueOrKey) || this.valueOrKey.length > 253) {
      throw errors.mustBe(`${prop}.${name}`, `a ${what} key of letters, digits, '-', '_' and '.'`, this.valueOrKey);
    }
    const ref = { name: this.objectName, key: this.valueOrKey };
    return this.source === EnvSource.SECRET ? { name, valueFrom: { secretKeyRef: ref } } : { name, valueFrom: { configMapKeyRef: ref } };
  }
}

/** A ConfigMap or Secret whose keys all become environment variables of a version's container (`envFrom`). */
export class EnvFrom {
  /** Every key of ConfigMap `configMapName` (same namespace), optionally prefixed. */
  public static configMap(configMapName: string, prefix?: string): EnvFrom {
    return new EnvFrom(EnvSource.CONFIG_MAP, configMapName, prefix);
  }

  /** Every key of Secret `secretName` (same namespace), optionally prefixed. */
  public static secret(secretName: string, prefix?: string): EnvFrom {
    return new EnvFrom(EnvSource.SECRET, secretName, prefix);
  }

  private constructor(private readonly source: EnvSource, private readonly objectName: string, private readonly prefix?: string) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string): k8s.EnvFromSource {
    const what = this.source === EnvSource.SECRET ? 'Secret' : 'ConfigMap';
    const nameError = typeof this.objectName === 'string' ? dns1123SubdomainError(this.objectName) : 'must be a string';
    if (nameError) throw errors.invalid(prop, `${what} name ${nameError}`);
    if (this.prefix !== undefined && (typeof this.prefix !== 'string' || !isEnvName(this.prefix))) {
      throw errors.mustBe(`${prop}.prefix`, "an environment variable name prefix of letters, digits, '_', '-' and '.', not starting with a digit", this.prefix);
    }
    const ref = { name: this.objectName };
    const prefix = this.prefix !== undefined ? { prefix: this.prefix } : {};
    return this.source === EnvSource.SECRET ? { secretRef: ref, ...prefix } : { configMapRef: ref, ...prefix };
  }
}
