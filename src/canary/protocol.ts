/** The application protocol a CanaryService speaks on its port. */
export enum ServiceProtocol {
  /** HTTP/1.1 (and HTTP/2 upgraded by the sidecars). Port named `http`. */
  HTTP = 'http',
  /** HTTP/2 without TLS (h2c). Port named `http2`. */
  HTTP2 = 'http2',
  /** gRPC. Port named `grpc`. */
  GRPC = 'grpc',
  /** Opaque TCP: routing by weight and source only. Port named `tcp`. */
  TCP = 'tcp',
}

/** True for the protocols Istio routes per request (header, URI, retries, timeouts). */
export function isHttpProtocol(protocol: ServiceProtocol): boolean {
  return protocol !== ServiceProtocol.TCP;
}

/**
 * The Service port name and `appProtocol` for a protocol. Istio reads `appProtocol` first and then the port
 * name prefix; both carry the same recognised protocol name, so every Istio release and `istioctl analyze`
 * (IST0118) agree on it.
 */
export function portNameFor(protocol: ServiceProtocol): string {
  return protocol;
}
