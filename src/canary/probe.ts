import { Duration } from 'cdk8s';
import { FactoryArgs } from '../shared/prop-types';
import { wholeSeconds } from '../shared/durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { hasWhitespace } from '../validation/util/chars';
import { ProbeJson } from './emitted-json';

/** Timing of a probe. Fields left out keep Kubernetes' defaults. */
export interface ProbeOptions {
  /**
   * Wait after the container starts before the first probe (whole seconds).
   * @default - no delay (Kubernetes default 0)
   */
  readonly initialDelay?: Duration;
  /**
   * Time between probes (whole seconds, at least 1).
   * @default - 10 seconds (Kubernetes default)
   */
  readonly period?: Duration;
  /**
   * Time after which one probe counts as failed (whole seconds, at least 1).
   * @default - 1 second (Kubernetes default)
   */
  readonly timeout?: Duration;
  /**
   * Consecutive failures after which the probe fails.
   * @default 3
   */
  readonly failureThreshold?: number;
  /**
   * Consecutive successes after which a failed probe passes again (must be 1 for liveness and startup).
   * @default 1
   */
  readonly successThreshold?: number;
}

/** Options for an HTTP GET probe. */
export interface HttpGetProbeOptions extends ProbeOptions {
  /**
   * The container port to call.
   * @default - the service's targetPort
   */
  readonly port?: number;
}

enum ProbeKind { HTTP_GET, TCP, GRPC, EXEC, NONE }

/**
 * A readiness, liveness or startup check of a version's container. Istio's injector rewrites HTTP and TCP
 * probes so the kubelet reaches the app through the sidecar agent, which works with STRICT mTLS.
 */
export class Probe {
  /** An HTTP GET on `path` (must start with '/'); 200-399 is healthy. */
  public static httpGet(path: string, options: HttpGetProbeOptions = {}): Probe {
    options = checkOptions('Probe.httpGet', options);
    return new Probe(ProbeKind.HTTP_GET, options, options.port, path);
  }

  /** A TCP connect to `port`. @param port default: the service's targetPort */
  public static tcp(port?: number, options: ProbeOptions = {}): Probe {
    options = checkOptions('Probe.tcp', options);
    return new Probe(ProbeKind.TCP, options, port);
  }

  /** A gRPC health check (grpc.health.v1) on `port`. @param port default: the service's targetPort */
  public static grpc(port?: number, options: ProbeOptions = {}): Probe {
    options = checkOptions('Probe.grpc', options);
    return new Probe(ProbeKind.GRPC, options, port);
  }

  /** A command run in the container; exit code 0 is healthy. */
  public static exec(command: string[], options: ProbeOptions = {}): Probe {
    options = checkOptions('Probe.exec', options);
    return new Probe(ProbeKind.EXEC, options, undefined, undefined, command);
  }

  /** No probe at all (to remove a default probe, such as the readiness probe every version gets). */
  public static none(): Probe {
    return new Probe(ProbeKind.NONE, {});
  }

  private constructor(
    private readonly kind: ProbeKind,
    private readonly options: ProbeOptions,
    private readonly port?: number,
    private readonly path?: string,
    private readonly command?: string[],
  ) {}

  /**
   * The Kubernetes probe; `successMustBeOne` for liveness and startup probes (an API server rule).
   * @internal
   */
  public _toKube(errors: PropErrors, prop: string, defaultPort: number, successMustBeOne: boolean): ProbeJson | undefined {
    if (this.kind === ProbeKind.NONE) return undefined;
    const o = this.options ?? {};
    const port = () => checkInteger(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535);
    const probe: { -readonly [K in keyof ProbeJson]: ProbeJson[K] } = {};
    switch (this.kind) {
      case ProbeKind.HTTP_GET:
        if (typeof this.path !== 'string' || !this.path.startsWith('/') || hasWhitespace(this.path)) {
          throw errors.mustBe(`${prop}.path`, "an HTTP path starting with '/' and without spaces", this.path);
        }
        probe.httpGet = { path: this.path, port: port() };
        break;
      case ProbeKind.TCP:
        probe.tcpSocket = { port: port() };
        break;
      case ProbeKind.GRPC:
        probe.grpc = { port: checkInteger(errors, `${prop}.port`, this.port ?? defaultPort, 1, 65535) };
        break;
      case ProbeKind.EXEC:
        if (!Array.isArray(this.command) || this.command.length === 0 || this.command.some((c) => typeof c !== 'string' || c === '')) {
          throw errors.mustBe(`${prop}.command`, 'a non-empty list of non-empty strings', this.command);
        }
        probe.exec = { command: [...this.command] };
        break;
    }
    if (o.initialDelay !== undefined) probe.initialDelaySeconds = wholeSeconds(errors, `${prop}.initialDelay`, o.initialDelay, 0, 2147483647);
    if (o.period !== undefined) probe.periodSeconds = wholeSeconds(errors, `${prop}.period`, o.period, 1, 2147483647);
    if (o.timeout !== undefined) probe.timeoutSeconds = wholeSeconds(errors, `${prop}.timeout`, o.timeout, 1, 2147483647);
    if (o.failureThreshold !== undefined) probe.failureThreshold = checkInteger(errors, `${prop}.failureThreshold`, o.failureThreshold, 1, 2147483647);
    if (o.successThreshold !== undefined) {
      probe.successThreshold = successMustBeOne
        ? checkInteger(errors, `${prop}.successThreshold`, o.successThreshold, 1, 1)
        : checkInteger(errors, `${prop}.successThreshold`, o.successThreshold, 1, 2147483647);
    }
    return probe;
  }
}

/** The options object of a Probe factory: its Durations must be Durations (numbers are checked where they are used). */
function checkOptions<T extends ProbeOptions>(factory: string, options: T | null): T {
  const args = new FactoryArgs(factory);
  if (options === null || options === undefined) return {} as T;
  if (typeof options !== 'object' || Array.isArray(options)) throw args.error('options', 'an object of probe options', options);
  for (const key of ['initialDelay', 'period', 'timeout'] as const) {
    args.optionalInstance(`options.${key}`, Duration, 'a Duration (e.g. Duration.seconds(5))', options[key]);
  }
  return options;
}
