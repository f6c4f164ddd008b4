"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServiceProtocol = void 0;
/** The application protocol a CanaryService speaks on its port. */
var ServiceProtocol;
(function (ServiceProtocol) {
    /** HTTP/1.1 (and HTTP/2 upgraded by the sidecars). Port named `http`. */
    ServiceProtocol["HTTP"] = "http";
    /** HTTP/2 without TLS (h2c). Port named `http2`. */
    ServiceProtocol["HTTP2"] = "http2";
    /** gRPC. Port named `grpc`. */
    ServiceProtocol["GRPC"] = "grpc";
    /** Opaque TCP: routing by weight and source only. Port named `tcp`. */
    ServiceProtocol["TCP"] = "tcp";
})(ServiceProtocol || (exports.ServiceProtocol = ServiceProtocol = {}));
//# sourceMappingURL=protocol.js.map