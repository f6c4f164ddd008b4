/** Kubernetes quantities for CPU and memory, checked, and the sidecar resource annotations. */
import { Size, SizeRoundingBehavior } from 'cdk8s';
import { PROXY_CPU, PROXY_CPU_LIMIT, PROXY_MEMORY, PROXY_MEMORY_LIMIT } from '../validation/util/istio-names';
import { PropErrors } from '../shared/prop-errors';
import { isDigits } from '../validation/util/chars';
import { optionalInstance, optionalObject, unset } from '../shared/prop-types';
import { ResourcesJson } from './emitted-json';
import { ContainerResources, Cpu, DEFAULT_RESOURCES, ProxyResources } from './resources';

/** The number in a CPU amount (`^(\d+(?:\.\d+)?|\.\d+)(m?)$`) in millicores, or NaN. */
function parseCpuMillis(amount: string): number {
  const millis = amount.endsWith('m');
  const number = millis ? amount.slice(0, -1) : amount;
  const dot = number.indexOf('.');
  const whole = dot < 0 ? number : number.slice(0, dot);
  const fraction = dot < 0 ? undefined : number.slice(dot + 1);
  const valid = fraction === undefined ? isDigits(whole) : isDigits(fraction) && (whole === '' || isDigits(whole));
  return valid ? Number(number) * (millis ? 1 : 1000) : NaN;
}

/** A CPU amount in whole millicores (Kubernetes keeps CPU to 1m precision). */
export function cpuMillis(errors: PropErrors, prop: string, cpu: Cpu): number {
  const amount = typeof cpu?.amount === 'string' ? cpu.amount : String(cpu?.amount);
  const millis = Math.round(parseCpuMillis(amount) * 1e6) / 1e6;
  if (!Number.isInteger(millis) || millis < 1) {
    throw errors.mustBe(prop, 'a positive CPU amount in whole millicores (e.g. Cpu.millis(250), Cpu.units(1))', amount);
  }
  if (millis > Number.MAX_SAFE_INTEGER) {
    // Larger amounts print in exponent notation, which no Kubernetes quantity allows.
    throw errors.mustBe(prop, `at most ${Number.MAX_SAFE_INTEGER}m of CPU`, amount);
  }
  return millis;
}

/** A memory size in whole KiB. */
export function memoryKibibytes(errors: PropErrors, prop: string, size: Size): number {
  let kib = NaN;
  try {
    kib = size.toKibibytes({ rounding: SizeRoundingBehavior.NONE });
  } catch {
    kib = NaN;
  }
  if (!Number.isInteger(kib) || kib < 1) {
    throw errors.mustBe(prop, 'a positive memory size in whole KiB (e.g. Size.mebibytes(256))', describeSize(size));
  }
  return kib;
}

export function cpuQuantity(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

export function memoryQuantity(kib: number): string {
  return kib % 1024 === 0 ? `${kib / 1024}Mi` : `${kib}Ki`;
}

/**
 * Throws unless `value` is a Cpu (or, unless `required`, not set). A Cpu is recognized by its shape (one string
 * `amount`), not its class: ours and every cdk8s-plus-NN's `Cpu` are accepted (src/canary/resources.ts), and the
 * library loads no cdk8s-plus at run time.
 */
export function cpuType(errors: PropErrors, prop: string, value: unknown, required = false): void {
  if (unset(value)) {
    if (required) throw errors.mustBe(prop, 'a Cpu', undefined);
    return;
  }
  if (typeof value !== 'object' || typeof (value as { amount?: unknown }).amount !== 'string') {
    throw errors.mustBe(prop, 'a Cpu (e.g. Cpu.millis(100))', value);
  }
}

/** Throws unless `value` is a cdk8s Size (or, unless `required`, not set). */
export function sizeType(errors: PropErrors, prop: string, value: unknown, required = false): void {
  if (optionalInstance(errors, prop, Size, 'a Size (e.g. Size.mebibytes(64))', value) === undefined && required) throw errors.mustBe(prop, 'a Size', undefined);
}

/** The types of a ContainerResources given from plain JavaScript: every block an object, every amount a Cpu or Size. */
function checkResourceTypes(errors: PropErrors, prop: string, given: unknown): void {
  const resources = optionalObject(errors, prop, given, 'a ContainerResources ({ cpu: { request, limit }, memory: { request, limit } })');
  if (!resources) return;
  const block = (key: string, what: string, check: (at: string, v: unknown) => void) => {
    const range = optionalObject(errors, `${prop}.${key}`, resources[key], `a ${what} ({ request, limit })`);
    if (range) for (const end of ['request', 'limit']) check(`${prop}.${key}.${end}`, range[end]);
  };
  block('cpu', 'CpuResources', (at, v) => cpuType(errors, at, v));
  block('memory', 'MemoryResources', (at, v) => sizeType(errors, at, v));
  block('ephemeralStorage', 'SizeResources', (at, v) => sizeType(errors, at, v));
}

/**
 * Container resources: each block the user gives (cpu, memory, ephemeralStorage) replaces the default block
 * as a whole, so a request is never paired with a default limit below it.
 */
export function containerResources(errors: PropErrors, prop: string, given: ContainerResources | undefined): ResourcesJson {
  checkResourceTypes(errors, prop, given);
  const cpu = given?.cpu ?? DEFAULT_RESOURCES.cpu;
  const memory = given?.memory ?? DEFAULT_RESOURCES.memory;
  const storage = given?.ephemeralStorage;
  const requests: { [key: string]: string } = {};
  const limits: { [key: string]: string } = {};
  const pair = (name: string, request: number | undefined, limit: number | undefined, render: (n: number) => string) => {
    if (request !== undefined && limit !== undefined && request > limit) {
      throw errors.mustBe(`${prop}.${name === 'ephemeral-storage' ? 'ephemeralStorage' : name}.request`,
        `at most the limit (${render(limit)})`, render(request));
    }
    if (request !== undefined) requests[name] = render(request);
    if (limit !== undefined) limits[name] = render(limit);
  };
  // Null (plain JavaScript's "not set") leaves the end of the range out, like undefined.
  pair('cpu',
    unset(cpu?.request) ? undefined : cpuMillis(errors, `${prop}.cpu.request`, cpu.request),
    unset(cpu?.limit) ? undefined : cpuMillis(errors, `${prop}.cpu.limit`, cpu.limit), cpuQuantity);
  pair('memory',
    unset(memory?.request) ? undefined : memoryKibibytes(errors, `${prop}.memory.request`, memory.request),
    unset(memory?.limit) ? undefined : memoryKibibytes(errors, `${prop}.memory.limit`, memory.limit), memoryQuantity);
  pair('ephemeral-storage',
    unset(storage?.request) ? undefined : memoryKibibytes(errors, `${prop}.ephemeralStorage.request`, storage.request),
    unset(storage?.limit) ? undefined : memoryKibibytes(errors, `${prop}.ephemeralStorage.limit`, storage.limit), memoryQuantity);
  const out: { -readonly [K in keyof ResourcesJson]: ResourcesJson[K] } = {};
  if (Object.keys(requests).length > 0) out.requests = requests;
  if (Object.keys(limits).length > 0) out.limits = limits;
  return out;
}

/** The four `sidecar.istio.io/proxy*` pod annotations. */
export function proxyResourceAnnotations(errors: PropErrors, given: ProxyResources): { [key: string]: string } {
  const cpuRequest = cpuMillis(errors, 'proxyResources.cpuRequest', given.cpuRequest);
  const cpuLimit = cpuMillis(errors, 'proxyResources.cpuLimit', given.cpuLimit);
  const memoryRequest = memoryKibibytes(errors, 'proxyResources.memoryRequest', given.memoryRequest);
  const memoryLimit = memoryKibibytes(errors, 'proxyResources.memoryLimit', given.memoryLimit);
  if (cpuRequest > cpuLimit) throw errors.mustBe('proxyResources.cpuRequest', `at most 'cpuLimit' (${cpuQuantity(cpuLimit)})`, cpuQuantity(cpuRequest));
  if (memoryRequest > memoryLimit) {
    throw errors.mustBe('proxyResources.memoryRequest', `at most 'memoryLimit' (${memoryQuantity(memoryLimit)})`, memoryQuantity(memoryRequest));
  }
  return {
    [PROXY_CPU]: cpuQuantity(cpuRequest),
    [PROXY_CPU_LIMIT]: cpuQuantity(cpuLimit),
    [PROXY_MEMORY]: memoryQuantity(memoryRequest),
    [PROXY_MEMORY_LIMIT]: memoryQuantity(memoryLimit),
  };
}


function describeSize(size: Size): string {
  try {
    return size.asString();
  } catch {
    return String(size);
  }
}
