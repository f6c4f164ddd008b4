import type { Duration } from 'cdk8s';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { hasWhitespace } from '../validation/util/chars';
import { wholeSeconds } from '../shared/durations';
import { LifecycleHandlerJson } from './emitted-json';

enum HookKind { SLEEP, EXEC, HTTP_GET }

/**
 * What the kubelet runs before it stops a version's container (`lifecycle.preStop`). A short sleep lets the
 * sidecars of clients drop the pod from load balancing before the app stops accepting requests.
 */
export class LifecycleHook {
  /** Wait, then stop (the `sleep` handler: Kubernetes 1.30 or newer). */
  public static sleep(duration: Duration): LifecycleHook {
    return new LifecycleHook(HookKind.SLEEP, duration);
  }

  /** Run a command in the container. */
  public static exec(command: string[]): LifecycleHook {
    return new LifecycleHook(HookKind.EXEC, undefined, command);
  }

  /** Call an HTTP path on the container. @param port default: the service's targetPort */
  public static httpGet(path: string, port?: number): LifecycleHook {
    return new LifecycleHook(HookKind.HTTP_GET, undefined, undefined, path, port);
  }

  private constructor(private readonly kind: HookKind, private readonly duration?: Duration, private readonly command?: string[],
    private readonly path?: string, private readonly port?: number) {}

  /** Seconds the hook sleeps (0 unless a sleep hook), for the grace-period check. @internal */
  public _sleepSeconds(errors: PropErrors, prop: string): number {
    if (this.kind !== HookKind.SLEEP) return 0;
    return wholeSeconds(errors, prop, this.duration as Duration, 1, 2147483647);
  }

  /** @internal */
  public _toKube(errors: PropErrors, prop: string, defaultPort: number): LifecycleHandlerJson {
    switch (this.kind) {
      case HookKind.SLEEP:
        return { sleep: { seconds: this._sleepSeconds(errors, `${prop}.duration`) } };
      case HookKind.EXEC:
        if (!Array.isArray(this.command) || this.command.length === 0 || this.command.some((c) => typeof c !== 'string' || c === '')) {
          throw errors.mustBe(`${prop}.command`, 'a non-empty list of non-empty strings', this.command);
        }
        return { exec: { command: [...this.command] } };
      case HookKind.HTTP_GET:
        if (typeof this.path !== 'string' || !this.path.startsWith('/') || hasWhitespace(this.path)) {
          throw errors.mustBe(`${prop}.path`, "an HTTP path starting with '/' and without spaces", this.path);
        }
        return { httpGet: { path: this.path, port: checkInteger(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535) } };
    }
  }
}
