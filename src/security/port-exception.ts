import { LOWER_ALNUM, trimEndChar, trimStartChar } from '../validation/util/chars';
import { dns1123LabelError, labelMapErrors } from '../validation/util/names';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { PropErrors, show } from '../shared/prop-errors';
import { PortMtlsMode } from './modes';

/**
 * One container port of some workloads whose mTLS mode differs from the namespace's, e.g. a metrics port left
 * PERMISSIVE for a scraper outside the mesh. Exceptions with the same `selector` share one workload-scoped
 * PeerAuthentication.
 */
export interface PortMtlsException {
  /** The container (target) port, 1-65535: Istio keys port-level mTLS by the workload port, not the Service port. */
  readonly port: number;
  /** The mode for this port. */
  readonly mode: PortMtlsMode;
  /**
   * Pod labels that pick the workloads (`spec.selector.matchLabels`). Istio accepts port-level mTLS only on a
   * workload-scoped policy, so at least one label is required.
   */
  readonly selector: { [key: string]: string };
  /**
   * Name of the PeerAuthentication for this selector (a DNS-1123 label, not `default`). Every exception of one
   * selector must give the same name, or none.
   * @default - derived from the selector's label values, e.g. `billing-service-port-mtls` for `{ app: 'billing-service' }`
   */
  readonly policyName?: string;
}

/** The exceptions of one selector: they become one PeerAuthentication. */
export interface PortExceptionGroup {
  readonly policyName: string;
  readonly selector: { readonly [key: string]: string };
  /** Port → mode, in the order the exceptions were added. */
  readonly ports: Map<number, PortMtlsMode>;
}

const NAME_SUFFIX = '-port-mtls';

/**
 * Validates port exceptions one at a time (so the constructor and `addPortException` share the rules) and groups
 * them by selector.
 */
export class PortExceptionGroups {
  private readonly bySelector = new Map<string, PortExceptionGroup & { firstIndex: number }>();
  private readonly byName = new Map<string, string>();
  private count = 0;

  /**
   * @param errors the owner's prop errors (StrictMtlsNamespace)
   * @param ambient whether the namespace uses the ambient data plane (no port-level DISABLE)
   */
  constructor(private readonly errors: PropErrors, private readonly ambient: boolean) {}

  public get groups(): PortExceptionGroup[] {
    return [...this.bySelector.values()];
  }

  public get size(): number {
    return this.count;
  }

  /** Checks one exception and files it; returns its group and whether this exception started it. */
  public add(exception: PortMtlsException): { group: PortExceptionGroup; created: boolean } {
    const at = `portExceptions[${this.count}]`;
    const fail = (field: string, message: string) => this.errors.about(`${at}.${field}`, message);
    if (exception === null || typeof exception !== 'object' || Array.isArray(exception)) {
      throw this.errors.about(at, "must be an object with 'port', 'mode' and 'selector'");
    }
    const { port, mode, selector, policyName } = exception;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw fail('port', `is ${show(port)}: must be an integer from 1 to 65535 (the container port)`);
    }
    if (!isEnumValue(PortMtlsMode, mode)) {
      throw fail('mode', `is ${show(mode)}: must be ${enumChoices('PortMtlsMode', PortMtlsMode)}`);
    }
    if (mode === PortMtlsMode.DISABLE && this.ambient) {
      throw fail('mode', 'is PortMtlsMode.DISABLE, which the ambient data plane does not support (ztunnel always ' +
        "uses mTLS between proxies): use PortMtlsMode.PERMISSIVE, or 'dataplane' DataplaneMode.SIDECAR");
    }
    if (Array.isArray(selector)) throw fail('selector', `is ${show(selector)}: must be a map of pod labels (e.g. { app: 'billing' })`);
    if (selector === null || typeof selector !== 'object' || Object.keys(selector).length === 0) {
      throw fail('selector', 'is empty: port-level mTLS needs a workload selector with at least one pod label ' +
        "(e.g. { app: 'billing-service' }); Istio rejects portLevelMtls on a namespace-wide policy");
    }
    const labelErrors = labelMapErrors(selector);
    if (labelErrors.length > 0) throw fail('selector', `has an invalid label: ${labelErrors[0]}`);
    if (policyName !== undefined) {
      const nameError = typeof policyName === 'string' ? dns1123LabelError(policyName) : 'must be a string';
      if (nameError) throw fail('policyName', nameError);
      if (policyName === 'default') {
        throw fail('policyName', 'is "default", the name of the namespace-wide PeerAuthentication: choose another name');
      }
    }

    const key = selectorKey(selector);
    const existing = this.bySelector.get(key);
    if (existing) {
      if (policyName !== undefined && policyName !== existing.policyName) {
        throw fail('policyName', `is "${policyName}" but portExceptions[${existing.firstIndex}] with the same ` +
          `selector ${describeSelector(selector)} uses "${existing.policyName}": give every exception of one ` +
          'selector the same name, or none');
      }
      if (existing.ports.has(port)) {
        throw fail('port', `${port} is already set for the selector ${describeSelector(selector)}: ` +
          'one mode per port and workload');
      }
      existing.ports.set(port, mode);
      this.count++;
      return { group: existing, created: false };
    }

    const name = policyName ?? derivePolicyName(selector);
    const owner = this.byName.get(name);
    if (owner !== undefined) {
      const field = policyName === undefined ? 'selector' : 'policyName';
      throw fail(field, `${describeSelector(selector)} would share the PeerAuthentication name "${name}" with the ` +
        `selector ${owner}: set a distinct 'policyName'`);
    }
    const group = { policyName: name, selector: { ...selector }, ports: new Map([[port, mode]]), firstIndex: this.count };
    this.bySelector.set(key, group);
    this.byName.set(name, describeSelector(selector));
    this.count++;
    return { group, created: true };
  }
}

/** `text` with every run of characters other than a-z and 0-9 turned into one '-'. */
function slugify(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (LOWER_ALNUM.has(text.charCodeAt(i))) out += text[i];
    else if (!out.endsWith('-')) out += '-';
  }
  return out;
}

/** `<label values>-port-mtls`, reduced to a DNS-1123 label (label values may hold upper case, '.', '_'). */
export function derivePolicyName(selector: { readonly [key: string]: string }): string {
  const slug = trimStartChar(slugify(Object.keys(selector).sort().map((k) => selector[k]).join('-').toLowerCase()), '-');
  const base = trimEndChar(slug.slice(0, 63 - NAME_SUFFIX.length), '-');
  return `${base || 'workload'}${NAME_SUFFIX}`;
}

function selectorKey(selector: { readonly [key: string]: string }): string {
  return JSON.stringify(Object.keys(selector).sort().map((k) => [k, selector[k]]));
}

function describeSelector(selector: { readonly [key: string]: string }): string {
  return `{${Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(', ')}}`;
}

/** The ports of a group that accept plaintext (PERMISSIVE or DISABLE), as AuthorizationPolicy port strings. */
export function plaintextPorts(group: PortExceptionGroup): string[] {
  return [...group.ports].filter(([, mode]) => mode !== PortMtlsMode.STRICT).map(([port]) => String(port));
}
