/**
 * IST0109: two VirtualServices bound to the mesh gateway for the same host in the same visibility scope.
 * Istio merges them in an unspecified order, so one of them silently loses routes.
 *
 * As Istio's analyzer: each exportTo entry is its own scope (`*` when exportTo is empty or holds `*`), keyed
 * `scope/fqdn`; a namespace-scoped key also conflicts with VirtualServices exported everywhere whose host
 * matches it, wildcards included. Work and report stay linear: hosts exported everywhere are indexed by their
 * dot-aligned suffixes, and each finding names at most a few of its peers.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
/** How many peers a finding names before "and N more". */
export declare const MAX_NAMED_PEERS = 5;
export declare function analyzeMeshHostConflicts(model: MeshModel, out: Finding[]): void;
