/**
 * The public static methods that take a construct scope or whole manifests rather than props: given a hostile value
 * in that place (from plain JavaScript), each returns what it promises or throws an `Error` that names the method;
 * never a TypeError from inside. scope-props.test.ts runs them; harness-coverage.test.ts requires every public static
 * method to be here or in factory-targets.ts.
 */
import { App, Chart, Testing } from 'cdk8s';
import { MeshWideStrictMtls } from '../../src/security';
import { MeshState } from '../../src/shared/mesh-state';
import { IstioVersion } from '../../src/shared/istio-version';
import { MeshGraph } from '../../src/synth/mesh-graph';
import { MeshValidation } from '../../src/synth/mesh-validation';
import { Validator } from '../../src/validation/validator';
import { plainJs as a } from '../support/type-helpers';

export interface ScopeFuzzTarget {
  /** `Class.method`, as its errors name it. */
  readonly method: string;
  /** Calls the method with `value` in the place under test. */
  readonly call: (value: unknown) => unknown;
  /** What a normal return must be (a message for the failure, undefined when fine). */
  readonly returns: (result: unknown) => string | undefined;
}

const chart = () => new Chart(new App({ outdir: Testing.app().outdir }), 'fuzz');
const isArray = (r: unknown) => (Array.isArray(r) ? undefined : `returned ${typeof r}, not an array`);
const isBoolean = (r: unknown) => (typeof r === 'boolean' ? undefined : `returned ${typeof r}, not a boolean`);
const isString = (r: unknown) => (typeof r === 'string' ? undefined : `returned ${typeof r}, not a string`);

export const SCOPE_TARGETS: readonly ScopeFuzzTarget[] = [
  { method: 'MeshWideStrictMtls.allIn', call: (v) => MeshWideStrictMtls.allIn(a(v)), returns: isArray },
  { method: 'MeshState.of', call: (v) => MeshState.of(a(v)), returns: (r) => (r instanceof MeshState ? undefined : 'not a MeshState') },
  { method: 'MeshState.find', call: (v) => MeshState.find(a(v)), returns: (r) => (r === undefined || r instanceof MeshState ? undefined : 'not a MeshState') },
  { method: 'IstioVersion.of', call: (v) => IstioVersion.of(a(v)), returns: (r) => (r instanceof IstioVersion ? undefined : 'not an IstioVersion') },
  { method: 'MeshValidation.enable', call: (v) => MeshValidation.enable(a(v)), returns: (r) => (r instanceof MeshValidation ? undefined : 'not a MeshValidation') },
  { method: 'MeshValidation.isEnabled', call: (v) => MeshValidation.isEnabled(a(v)), returns: isBoolean },
  { method: 'MeshValidation.exclude', call: (v) => MeshValidation.exclude(a(v)), returns: (r) => (r === undefined ? undefined : 'returned a value') },
  {
    method: 'MeshValidation.stderrReporter', call: (v) => (MeshValidation.stderrReporter as (...args: unknown[]) => unknown)(v),
    returns: (r) => (typeof (r as { report?: unknown })?.report === 'function' ? undefined : 'not a reporter'),
  },
  { method: 'MeshGraph.isMeshGraph', call: (v) => MeshGraph.isMeshGraph(a(v)), returns: isBoolean },
  { method: 'Validator.validateObject', call: (v) => Validator.validateObject(a(v)), returns: isArray },
  { method: 'Validator.validateObjects', call: (v) => Validator.validateObjects(a(v)), returns: isArray },
  { method: 'Validator.analyze', call: (v) => Validator.analyze(a(v)), returns: isArray },
  { method: 'Validator.validateAndAnalyze', call: (v) => Validator.validateAndAnalyze(a(v)), returns: isArray },
  { method: 'Validator.isIstioObject', call: (v) => Validator.isIstioObject(a(v)), returns: isBoolean },
  { method: 'Validator.isError', call: (v) => Validator.isError(a(v)), returns: isBoolean },
  { method: 'Validator.formatFinding', call: (v) => Validator.formatFinding(a(v)), returns: isString },
  { method: 'Validator.analysisCodes', call: (v) => (Validator.analysisCodes as (...args: unknown[]) => unknown)(v), returns: isArray },
];

/** Values in the place of a scope or a manifest list: the hostile ones plus the nearly right ones. */
export function scopeValues(): unknown[] {
  const c = chart();
  return [c, c.node, {}, { node: {} }, { node: { root: 5 } }, [c], [{}], [null], [{ apiVersion: 5 }], [{ kind: 'VirtualService' }]];
}
