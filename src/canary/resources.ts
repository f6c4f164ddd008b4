import { Size } from 'cdk8s';
import { FactoryArgs } from '../shared/prop-types';

/**
 * An amount of CPU. Shaped like cdk8s-plus's `Cpu` (one string field), so `kplus.Cpu.millis(250)` from any
 * cdk8s-plus-NN is accepted too, and the library needs no cdk8s-plus of its own.
 */
export class Cpu {
  /** Thousandths of a core, e.g. `Cpu.millis(250)` → "250m". */
  public static millis(amount: number): Cpu {
    if (typeof amount !== 'number') throw new FactoryArgs('Cpu.millis').error('amount', 'a number of millicores', amount);
    return new Cpu(`${amount}m`);
  }

  /** Whole or fractional cores, e.g. `Cpu.units(1.5)` → "1.5". */
  public static units(amount: number): Cpu {
    if (typeof amount !== 'number') throw new FactoryArgs('Cpu.units').error('amount', 'a number of cores', amount);
    return new Cpu(`${amount}`);
  }

  /** The Kubernetes quantity, e.g. "250m" or "2". */
  public readonly amount: string;

  private constructor(amount: string) {
    this.amount = amount;
  }
}

/** CPU request and limit of a container. */
export interface CpuResources {
  /**
   * Guaranteed CPU.
   * @default - none
   */
  readonly request?: Cpu;
  /**
   * CPU cap.
   * @default - none
   */
  readonly limit?: Cpu;
}

/** Memory (or ephemeral storage) request and limit of a container. */
export interface SizeResources {
  /**
   * Guaranteed amount.
   * @default - none
   */
  readonly request?: Size;
  /**
   * Cap.
   * @default - none
   */
  readonly limit?: Size;
}

/**
 * A container's resources. Same shape as cdk8s-plus's `ContainerResources`, so a value written for any
 * cdk8s-plus-NN fits.
 */
export interface ContainerResources {
  /**
   * CPU request and limit.
   * @default - the library default block
   */
  readonly cpu?: CpuResources;
  /**
   * Memory request and limit.
   * @default - the library default block
   */
  readonly memory?: SizeResources;
  /**
   * Ephemeral storage request and limit.
   * @default - none
   */
  readonly ephemeralStorage?: SizeResources;
}

/**
 * CPU and memory for the Istio sidecar of every pod of a CanaryService. All four values are required
 * because Istio's injector drops all of its defaults as soon as one of the four annotations is present.
 */
export interface ProxyResources {
  /** CPU request of the sidecar (`sidecar.istio.io/proxyCPU`). */
  readonly cpuRequest: Cpu;
  /** CPU limit of the sidecar (`sidecar.istio.io/proxyCPULimit`). */
  readonly cpuLimit: Cpu;
  /** Memory request of the sidecar (`sidecar.istio.io/proxyMemory`). */
  readonly memoryRequest: Size;
  /** Memory limit of the sidecar (`sidecar.istio.io/proxyMemoryLimit`). */
  readonly memoryLimit: Size;
}

/** The resources a version's container gets for each block (cpu, memory) the user leaves out. */
export const DEFAULT_RESOURCES: ContainerResources = {
  cpu: { request: Cpu.millis(100), limit: Cpu.millis(1000) },
  memory: { request: Size.mebibytes(128), limit: Size.mebibytes(512) },
};
