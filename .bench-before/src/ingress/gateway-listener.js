"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GatewayListener = exports.ListenerProtocol = void 0;
/** The protocol of a gateway listener. */
var ListenerProtocol;
(function (ListenerProtocol) {
    /** Plain HTTP. */
    ListenerProtocol["HTTP"] = "HTTP";
    /** HTTP over TLS that the gateway terminates. */
    ListenerProtocol["HTTPS"] = "HTTPS";
})(ListenerProtocol || (exports.ListenerProtocol = ListenerProtocol = {}));
/** One port of an IngressGateway: `GatewayListener.http()` or `GatewayListener.https({ certificates })`. */
class GatewayListener {
    protocol;
    _options;
    _certificates;
    /** Plain HTTP (port 80 unless set). */
    static http(options = {}) {
        return new GatewayListener(ListenerProtocol.HTTP, options ?? {}, []);
    }
    /** HTTPS terminated at the gateway with the given certificate Secret(s) (port 443 unless set). */
    static https(options) {
        return new GatewayListener(ListenerProtocol.HTTPS, options ?? {}, options?.certificates);
    }
    constructor(protocol, 
    /** @internal */ _options, 
    /** @internal */ _certificates) {
        this.protocol = protocol;
        this._options = _options;
        this._certificates = _certificates;
    }
}
exports.GatewayListener = GatewayListener;
//# sourceMappingURL=gateway-listener.js.map