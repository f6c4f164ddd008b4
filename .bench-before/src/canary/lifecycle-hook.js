"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LifecycleHook = void 0;
const prop_errors_1 = require("../shared/prop-errors");
const durations_1 = require("../shared/durations");
var HookKind;
(function (HookKind) {
    HookKind[HookKind["SLEEP"] = 0] = "SLEEP";
    HookKind[HookKind["EXEC"] = 1] = "EXEC";
    HookKind[HookKind["HTTP_GET"] = 2] = "HTTP_GET";
})(HookKind || (HookKind = {}));
/**
 * What the kubelet runs before it stops a version's container (`lifecycle.preStop`). A short sleep lets the
 * sidecars of clients drop the pod from load balancing before the app stops accepting requests.
 */
class LifecycleHook {
    kind;
    duration;
    command;
    path;
    port;
    /** Wait, then stop (the `sleep` handler: Kubernetes 1.30 or newer). */
    static sleep(duration) {
        return new LifecycleHook(HookKind.SLEEP, duration);
    }
    /** Run a command in the container. */
    static exec(command) {
        return new LifecycleHook(HookKind.EXEC, undefined, command);
    }
    /** Call an HTTP path on the container. @param port default: the service's targetPort */
    static httpGet(path, port) {
        return new LifecycleHook(HookKind.HTTP_GET, undefined, undefined, path, port);
    }
    constructor(kind, duration, command, path, port) {
        this.kind = kind;
        this.duration = duration;
        this.command = command;
        this.path = path;
        this.port = port;
    }
    /** Seconds the hook sleeps (0 unless a sleep hook), for the grace-period check. @internal */
    _sleepSeconds(errors, prop) {
        if (this.kind !== HookKind.SLEEP)
            return 0;
        return (0, durations_1.wholeSeconds)(errors, prop, this.duration, 1, 2147483647);
    }
    /** @internal */
    _toKube(errors, prop, defaultPort) {
        switch (this.kind) {
            case HookKind.SLEEP:
                return { sleep: { seconds: this._sleepSeconds(errors, `${prop}.duration`) } };
            case HookKind.EXEC:
                if (!Array.isArray(this.command) || this.command.length === 0 || this.command.some((c) => typeof c !== 'string' || c === '')) {
                    throw errors.mustBe(`${prop}.command`, 'a non-empty list of non-empty strings', this.command);
                }
                return { exec: { command: [...this.command] } };
            case HookKind.HTTP_GET:
                if (typeof this.path !== 'string' || !this.path.startsWith('/') || /\s/.test(this.path)) {
                    throw errors.mustBe(`${prop}.path`, "an HTTP path starting with '/' and without spaces", this.path);
                }
                return { httpGet: { path: this.path, port: (0, prop_errors_1.checkInteger)(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535) } };
        }
    }
}
exports.LifecycleHook = LifecycleHook;
//# sourceMappingURL=lifecycle-hook.js.map