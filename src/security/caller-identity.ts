import { PropErrors } from '../shared/prop-errors';
import { dns1123LabelError, dns1123SubdomainError } from '../validation/util/names';

/**
 * A caller that a `StrictMtlsNamespace` with `denyByDefault` lets in (`allowFrom`). Identities come from the
 * caller's mTLS certificate, so they only mean something under STRICT mTLS.
 */
export class CallerIdentity {
  /** Every workload in the namespace `namespace` (rendered as `source.namespaces`). */
  public static namespace(namespace: string): CallerIdentity {
    const error = dns1123LabelError(namespace);
    if (error) throw PropErrors.forFactory('CallerIdentity.namespace').about('namespace', error);
    return new CallerIdentity(namespace, undefined);
  }

  /**
   * Workloads running as the service account `serviceAccount` in `namespace` (rendered as the SPIFFE principal
   * `<trustDomain>/ns/<namespace>/sa/<serviceAccount>` in `source.principals`).
   */
  public static serviceAccount(namespace: string, serviceAccount: string): CallerIdentity {
    const nsError = dns1123LabelError(namespace);
    if (nsError) throw PropErrors.forFactory('CallerIdentity.serviceAccount').about('namespace', nsError);
    const saError = dns1123SubdomainError(serviceAccount);
    if (saError) throw PropErrors.forFactory('CallerIdentity.serviceAccount').about('serviceAccount', saError);
    return new CallerIdentity(namespace, serviceAccount);
  }

  private constructor(
    /** The caller's namespace. */
    public readonly namespaceName: string,
    /** The caller's service account; undefined for "any workload in the namespace". */
    public readonly serviceAccountName: string | undefined,
  ) {}

  /**
   * The principal for a service-account caller, undefined for a namespace caller.
   * @internal
   */
  public _principal(trustDomain: string): string | undefined {
    if (this.serviceAccountName === undefined) return undefined;
    return `${trustDomain}/ns/${this.namespaceName}/sa/${this.serviceAccountName}`;
  }
}
