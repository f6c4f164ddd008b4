import { IConstruct } from 'constructs';

/**
 * Marks an IstioApp for constructs that need one (MeshGraph), across copies of cdk8s-istio in one app, where
 * `instanceof` fails: the key is registered with `Symbol.for`, with the contract version in it.
 */
export const ISTIO_APP = Symbol.for('cdk8s-istio.IstioApp.v1');

/** Whether `x` is an IstioApp (of any copy of cdk8s-istio). */
export function isIstioApp(x: IConstruct): boolean {
  return (x as { [ISTIO_APP]?: unknown })[ISTIO_APP] === true;
}
