"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Probe = void 0;
const cdk8s_1 = require("cdk8s");
const prop_types_1 = require("../shared/prop-types");
const durations_1 = require("../shared/durations");
const prop_errors_1 = require("../shared/prop-errors");
var ProbeKind;
(function (ProbeKind) {
    ProbeKind[ProbeKind["HTTP_GET"] = 0] = "HTTP_GET";
    ProbeKind[ProbeKind["TCP"] = 1] = "TCP";
    ProbeKind[ProbeKind["GRPC"] = 2] = "GRPC";
    ProbeKind[ProbeKind["EXEC"] = 3] = "EXEC";
    ProbeKind[ProbeKind["NONE"] = 4] = "NONE";
})(ProbeKind || (ProbeKind = {}));
/**
 * A readiness, liveness or startup check of a version's container. Istio's injector rewrites HTTP and TCP
 * probes so the kubelet reaches the app through the sidecar agent, which works with STRICT mTLS.
 */
class Probe {
    kind;
    options;
    port;
    path;
    command;
    /** An HTTP GET on `path` (must start with '/'); 200-399 is healthy. */
    static httpGet(path, options = {}) {
        options = checkOptions('Probe.httpGet', options);
        return new Probe(ProbeKind.HTTP_GET, options, options.port, path);
    }
    /** A TCP connect to `port`. @param port default: the service's targetPort */
    static tcp(port, options = {}) {
        options = checkOptions('Probe.tcp', options);
        return new Probe(ProbeKind.TCP, options, port);
    }
    /** A gRPC health check (grpc.health.v1) on `port`. @param port default: the service's targetPort */
    static grpc(port, options = {}) {
        options = checkOptions('Probe.grpc', options);
        return new Probe(ProbeKind.GRPC, options, port);
    }
    /** A command run in the container; exit code 0 is healthy. */
    static exec(command, options = {}) {
        options = checkOptions('Probe.exec', options);
        return new Probe(ProbeKind.EXEC, options, undefined, undefined, command);
    }
    /** No probe at all (to remove a default probe, such as the readiness probe every version gets). */
    static none() {
        return new Probe(ProbeKind.NONE, {});
    }
    constructor(kind, options, port, path, command) {
        this.kind = kind;
        this.options = options;
        this.port = port;
        this.path = path;
        this.command = command;
    }
    /**
     * The Kubernetes probe; `successMustBeOne` for liveness and startup probes (an API server rule).
     * @internal
     */
    _toKube(errors, prop, defaultPort, successMustBeOne) {
        if (this.kind === ProbeKind.NONE)
            return undefined;
        const o = this.options ?? {};
        const port = () => (0, prop_errors_1.checkInteger)(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535);
        const probe = {};
        switch (this.kind) {
            case ProbeKind.HTTP_GET:
                if (typeof this.path !== 'string' || !this.path.startsWith('/') || /\s/.test(this.path)) {
                    throw errors.mustBe(`${prop}.path`, "an HTTP path starting with '/' and without spaces", this.path);
                }
                probe.httpGet = { path: this.path, port: port() };
                break;
            case ProbeKind.TCP:
                probe.tcpSocket = { port: port() };
                break;
            case ProbeKind.GRPC:
                probe.grpc = { port: (0, prop_errors_1.checkInteger)(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535) };
                break;
            case ProbeKind.EXEC:
                if (!Array.isArray(this.command) || this.command.length === 0 || this.command.some((c) => typeof c !== 'string' || c === '')) {
                    throw errors.mustBe(`${prop}.command`, 'a non-empty list of non-empty strings', this.command);
                }
                probe.exec = { command: [...this.command] };
                break;
        }
        if (o.initialDelay !== undefined)
            probe.initialDelaySeconds = (0, durations_1.wholeSeconds)(errors, `${prop}.initialDelay`, o.initialDelay, 0, 2147483647);
        if (o.period !== undefined)
            probe.periodSeconds = (0, durations_1.wholeSeconds)(errors, `${prop}.period`, o.period, 1, 2147483647);
        if (o.timeout !== undefined)
            probe.timeoutSeconds = (0, durations_1.wholeSeconds)(errors, `${prop}.timeout`, o.timeout, 1, 2147483647);
        if (o.failureThreshold !== undefined)
            probe.failureThreshold = (0, prop_errors_1.checkInteger)(errors, `${prop}.failureThreshold`, o.failureThreshold, 1, 2147483647);
        if (o.successThreshold !== undefined) {
            probe.successThreshold = successMustBeOne
                ? (0, prop_errors_1.checkInteger)(errors, `${prop}.successThreshold`, o.successThreshold, 1, 1)
                : (0, prop_errors_1.checkInteger)(errors, `${prop}.successThreshold`, o.successThreshold, 1, 2147483647);
        }
        return probe;
    }
}
exports.Probe = Probe;
/** The options object of a Probe factory: its Durations must be Durations (numbers are checked where they are used). */
function checkOptions(factory, options) {
    const args = new prop_types_1.FactoryArgs(factory);
    if (options === null || options === undefined)
        return {};
    if (typeof options !== 'object' || Array.isArray(options))
        throw args.error('options', 'an object of probe options', options);
    for (const key of ['initialDelay', 'period', 'timeout']) {
        args.optionalInstance(`options.${key}`, cdk8s_1.Duration, 'a Duration (e.g. Duration.seconds(5))', options[key]);
    }
    return options;
}
//# sourceMappingURL=probe.js.map