/** Kubernetes quantities for CPU and memory, checked, and the sidecar resource annotations. */
import { Size } from 'cdk8s';
import { PropErrors } from '../shared/prop-errors';
import { ResourcesJson } from './emitted-json';
import { ContainerResources, Cpu, ProxyResources } from './resources';
/** A CPU amount in whole millicores (Kubernetes keeps CPU to 1m precision). */
export declare function cpuMillis(errors: PropErrors, prop: string, cpu: Cpu): number;
/** A memory size in whole KiB. */
export declare function memoryKibibytes(errors: PropErrors, prop: string, size: Size): number;
export declare function cpuQuantity(millis: number): string;
export declare function memoryQuantity(kib: number): string;
/**
 * Container resources: each block the user gives (cpu, memory, ephemeralStorage) replaces the default block
 * as a whole, so a request is never paired with a default limit below it.
 */
export declare function containerResources(errors: PropErrors, prop: string, given: ContainerResources | undefined): ResourcesJson;
/** The four `sidecar.istio.io/proxy*` pod annotations. */
export declare function proxyResourceAnnotations(errors: PropErrors, given: ProxyResources): {
    [key: string]: string;
};
