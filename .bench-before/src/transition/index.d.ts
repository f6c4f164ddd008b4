/** Version changes that never drop a request: `check-transition`'s replay of `kubectl apply`. */
export { objectKey, sourced } from './cluster-state';
export type { SourcedObject } from './cluster-state';
export { checkTransition, StepAction } from './simulate';
export type { RouteOrigin, TransitionFinding, TransitionResult } from './simulate';
export { ProblemKind } from './traffic';
