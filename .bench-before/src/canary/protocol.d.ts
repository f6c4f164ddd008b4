/** The application protocol a CanaryService speaks on its port. */
export declare enum ServiceProtocol {
    /** HTTP/1.1 (and HTTP/2 upgraded by the sidecars). Port named `http`. */
    HTTP = "http",
    /** HTTP/2 without TLS (h2c). Port named `http2`. */
    HTTP2 = "http2",
    /** gRPC. Port named `grpc`. */
    GRPC = "grpc",
    /** Opaque TCP: routing by weight and source only. Port named `tcp`. */
    TCP = "tcp"
}
