import * as k8s from '../../imports/k8s';
import { PropErrors } from '../shared/prop-errors';
import { dns1123SubdomainError } from '../validation/util/names';

enum EnvSource { VALUE, SECRET, CONFIG_MAP }

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
// Kubernetes 1.28 environment variable names (IsEnvVarName).
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** The value of an environment variable of a version's container. */
export class EnvValue {
  /** A literal value. */
  public static fromValue(value: string): EnvValue {
    return new EnvValue(EnvSource.VALUE, value);
  }

  /** The value of `key` in the Secret `secretName` (same namespace). */
  public static fromSecret(secretName: string, key: string): EnvValue {
    return new EnvValue(EnvSource.SECRET, key, secretName);
  }

  /** The value of `key` in the ConfigMap `configMapName` (same namespace). */
  public static fromConfigMap(configMapName: string, key: string): EnvValue {
    return new EnvValue(EnvSource.CONFIG_MAP, key, configMapName);
  }

  private constructor(private readonly source: EnvSource, private readonly valueOrKey: string, private readonly objectName?: string) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string, name: string): k8s.EnvVar {
    if (typeof name !== 'string' || !ENV_NAME.test(name)) {
      throw errors.mustBe(prop, "keyed by environment variable names of letters, digits, '_', '-' and '.', not starting with a digit", name);
    }
    if (typeof this.valueOrKey !== 'string') throw errors.mustBe(`${prop}.${name}`, 'a string', this.valueOrKey);
    if (this.source === EnvSource.VALUE) return { name, value: this.valueOrKey };
    const what = this.source === EnvSource.SECRET ? 'Secret' : 'ConfigMap';
    const nameError = dns1123SubdomainError(String(this.objectName));
    if (nameError) throw errors.invalid(`${prop}.${name}`, `${what} name ${nameError}`);
    if (!CONFIG_KEY.test(this.valueOrKey) || this.valueOrKey.length > 253) {
      throw errors.mustBe(`${prop}.${name}`, `a ${what} key of letters, digits, '-', '_' and '.'`, this.valueOrKey);
    }
    const ref = { name: this.objectName, key: this.valueOrKey };
    return this.source === EnvSource.SECRET ? { name, valueFrom: { secretKeyRef: ref } } : { name, valueFrom: { configMapKeyRef: ref } };
  }
}
