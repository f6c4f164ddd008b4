import { PropErrors } from '../shared/prop-errors';
import { dns1123LabelError, dns1123SubdomainError } from '../validation/util/names';
import { FactoryArgs } from '../shared/prop-types';

/** The service account of the ingress gateway that `istioctl install` (profile default or demo) deploys. */
const ISTIOCTL_GATEWAY_SERVICE_ACCOUNT = 'istio-ingressgateway-service-account';

/**
 * A caller that a `StrictMtlsNamespace` with `denyByDefault` lets in (`allowFrom`). Namespace and service-account
 * identities come from the caller's mTLS certificate, so they only match callers in the mesh; callers outside it
 * (a Prometheus or an ingress controller without a sidecar, the API server calling a webhook) have no identity and
 * can only be let in by port (`anySourceOnPort`), on a port that also accepts plaintext (a PERMISSIVE port
 * exception).
 */
export class CallerIdentity {
  /** Every workload in the namespace `namespace` (rendered as `source.namespaces`). */
  public static namespace(namespace: string): CallerIdentity {
    new FactoryArgs('CallerIdentity.namespace').string('namespace', namespace);
    const error = dns1123LabelError(namespace);
    if (error) throw PropErrors.forFactory('CallerIdentity.namespace').about('namespace', error);
    return new CallerIdentity(namespace, undefined, undefined);
  }

  /**
   * Workloads running as the service account `serviceAccount` in `namespace` (rendered as the SPIFFE principal
   * `<trustDomain>/ns/<namespace>/sa/<serviceAccount>` in `source.principals`).
   */
  public static serviceAccount(namespace: string, serviceAccount: string): CallerIdentity {
    const args = new FactoryArgs('CallerIdentity.serviceAccount');
    args.string('namespace', namespace);
    args.string('serviceAccount', serviceAccount);
    const nsError = dns1123LabelError(namespace);
    if (nsError) throw PropErrors.forFactory('CallerIdentity.serviceAccount').about('namespace', nsError);
    const saError = dns1123SubdomainError(serviceAccount);
    if (saError) throw PropErrors.forFactory('CallerIdentity.serviceAccount').about('serviceAccount', saError);
    return new CallerIdentity(namespace, serviceAccount, undefined);
  }

  /**
   * An Istio ingress gateway, by its service account. The defaults are those of `istioctl install`; a gateway
   * installed with the `istio/gateway` Helm chart runs as its release name (e.g. `istio-ingressgateway`), and one
   * that Istio deploys for a Gateway API `Gateway` as `<gateway name>-istio` in the Gateway's namespace.
   * @param serviceAccount default 'istio-ingressgateway-service-account'
   * @param namespace default 'istio-system'
   */
  public static ingressGateway(serviceAccount: string = ISTIOCTL_GATEWAY_SERVICE_ACCOUNT, namespace: string = 'istio-system'): CallerIdentity {
    const args = new FactoryArgs('CallerIdentity.ingressGateway');
    serviceAccount = args.stringOr('serviceAccount', serviceAccount, ISTIOCTL_GATEWAY_SERVICE_ACCOUNT);
    namespace = args.stringOr('namespace', namespace, 'istio-system');
    const nsError = dns1123LabelError(namespace);
    if (nsError) throw PropErrors.forFactory('CallerIdentity.ingressGateway').about('namespace', nsError);
    const saError = dns1123SubdomainError(serviceAccount);
    if (saError) throw PropErrors.forFactory('CallerIdentity.ingressGateway').about('serviceAccount', saError);
    return new CallerIdentity(namespace, serviceAccount, undefined);
  }

  /**
   * A monitoring stack that runs in the mesh (e.g. Prometheus with an Istio sidecar and its certificates) in
   * `namespace`. A Prometheus outside the mesh has no identity: scrape Istio's merged metrics port 15020
   * (the default, which neither mTLS nor authorization policies cover) or use `anySourceOnPort` with a
   * PERMISSIVE port exception.
   * @param namespace default 'monitoring'
   */
  public static monitoringNamespace(namespace: string = 'monitoring'): CallerIdentity {
    namespace = new FactoryArgs('CallerIdentity.monitoringNamespace').stringOr('namespace', namespace, 'monitoring');
    const error = dns1123LabelError(namespace);
    if (error) throw PropErrors.forFactory('CallerIdentity.monitoringNamespace').about('namespace', error);
    return new CallerIdentity(namespace, undefined, undefined);
  }

  /**
   * Any source, with or without a mesh identity, on container port `port` of the namespace's workloads
   * (rendered as a rule with `to.operation.ports` and no `from`). Callers outside the mesh reach the port only
   * when it also accepts plaintext: give it a PERMISSIVE port exception (or keep the namespace PERMISSIVE during a
   * migration).
   */
  public static anySourceOnPort(port: number): CallerIdentity {
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw PropErrors.forFactory('CallerIdentity.anySourceOnPort').mustBe('port', 'an integer from 1 to 65535 (a container port)', port);
    }
    return new CallerIdentity(undefined, undefined, port);
  }

  private constructor(
    /** The caller's namespace; undefined for a port rule. */
    public readonly namespaceName: string | undefined,
    /** The caller's service account; undefined for "any workload in the namespace" and for a port rule. */
    public readonly serviceAccountName: string | undefined,
    /** The container port open to any source; undefined for identity callers. */
    public readonly port: number | undefined,
  ) {}

  /**
   * The principal for a service-account caller, undefined for the other kinds.
   * @internal
   */
  public _principal(trustDomain: string): string | undefined {
    if (this.serviceAccountName === undefined) return undefined;
    return `${trustDomain}/ns/${this.namespaceName}/sa/${this.serviceAccountName}`;
  }

  /** A key that is equal for equal callers. @internal */
  public get _key(): string {
    return this.port !== undefined ? `port:${this.port}` : `${this.namespaceName}/${this.serviceAccountName ?? ''}`;
  }
}
