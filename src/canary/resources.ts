import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';

/**
 * CPU and memory for the Istio sidecar of every pod of a CanaryService. All four values are required
 * because Istio's injector drops all of its defaults as soon as one of the four annotations is present.
 */
export interface ProxyResources {
  /** CPU request of the sidecar (`sidecar.istio.io/proxyCPU`). */
  readonly cpuRequest: kplus.Cpu;
  /** CPU limit of the sidecar (`sidecar.istio.io/proxyCPULimit`). */
  readonly cpuLimit: kplus.Cpu;
  /** Memory request of the sidecar (`sidecar.istio.io/proxyMemory`). */
  readonly memoryRequest: Size;
  /** Memory limit of the sidecar (`sidecar.istio.io/proxyMemoryLimit`). */
  readonly memoryLimit: Size;
}

/** The resources a version's container gets for each block (cpu, memory) the user leaves out. */
export const DEFAULT_RESOURCES: kplus.ContainerResources = {
  cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(1000) },
  memory: { request: Size.mebibytes(128), limit: Size.mebibytes(512) },
};
