import { AllowedRoutes } from './allowed-routes';
import { FactoryArgs } from '../shared/prop-types';

/** Options every listener takes. */
export interface ListenerOptions {
  /**
   * The listener's name (routes attach to it by `sectionName`; Istio also names the gateway Service's port after it).
   * @default 'http' for HTTP, 'https' for HTTPS
   */
  readonly name?: string;
  /**
   * The port the gateway listens on.
   * @default 80 for HTTP, 443 for HTTPS
   */
  readonly port?: number;
  /**
   * The host name (or `*.` wildcard) requests must carry; routes whose hostnames do not intersect it are not attached.
   * @default - every host name
   */
  readonly hostname?: string;
  /**
   * Which namespaces may attach routes to this listener.
   * @default - the gateway's `allowedRoutes`
   */
  readonly allowedRoutes?: AllowedRoutes;
}

/** A TLS certificate: a `kubernetes.io/tls` Secret holding `tls.crt` and `tls.key`. */
export interface CertificateSecret {
  /** The Secret's name. */
  readonly name: string;
  /**
   * The Secret's namespace. Another namespace than the gateway's gets a ReferenceGrant there.
   * @default - the gateway's namespace
   */
  readonly namespace?: string;
}

/** Options of an HTTPS listener. */
export interface HttpsListenerOptions extends ListenerOptions {
  /** The certificate(s) the gateway terminates TLS with: one, or two of different key types (e.g. RSA and ECDSA). */
  readonly certificates: CertificateSecret[];
}

/** The protocol of a gateway listener. */
export enum ListenerProtocol {
  /** Plain HTTP. */
  HTTP = 'HTTP',
  /** HTTP over TLS that the gateway terminates. */
  HTTPS = 'HTTPS',
}

/** One port of an IngressGateway: `GatewayListener.http()` or `GatewayListener.https({ certificates })`. */
export class GatewayListener {
  /** Plain HTTP (port 80 unless set). */
  public static http(options: ListenerOptions = {}): GatewayListener {
    return new GatewayListener(ListenerProtocol.HTTP, new FactoryArgs('GatewayListener.http').options('options', options), []);
  }

  /** HTTPS terminated at the gateway with the given certificate Secret(s) (port 443 unless set). */
  public static https(options: HttpsListenerOptions): GatewayListener {
    const checked = new FactoryArgs('GatewayListener.https').options<HttpsListenerOptions>('options', options);
    return new GatewayListener(ListenerProtocol.HTTPS, checked, checked.certificates);
  }

  private constructor(
    public readonly protocol: ListenerProtocol,
    /** @internal */ public readonly _options: ListenerOptions,
    /** @internal */ public readonly _certificates: unknown,
  ) {}
}
