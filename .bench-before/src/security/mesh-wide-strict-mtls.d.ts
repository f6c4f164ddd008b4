import { Construct, IConstruct } from 'constructs';
import { PeerAuthentication } from '../../imports/istio-security.istio.io';
import { IMeshWideMtlsPolicy } from '../shared/mesh-state';
import { DEFAULT_ROOT_NAMESPACE } from '../validation/util/istio-names';
export { DEFAULT_ROOT_NAMESPACE };
/** Props for `MeshWideStrictMtls`. */
export interface MeshWideStrictMtlsProps {
    /**
     * The mesh's root namespace (`meshConfig.rootNamespace`): a PeerAuthentication without selector there applies
     * to the whole mesh. Must match the installed control plane's setting.
     * @default 'istio-system'
     */
    readonly rootNamespace?: string;
}
/**
 * The mesh-wide PeerAuthentication `default` in the root namespace with mode STRICT: every workload in the mesh
 * accepts only mutual TLS unless a namespace or workload policy says otherwise. It has no selector on purpose:
 * Istio ignores selector policies in the root namespace.
 */
export declare class MeshWideStrictMtls extends Construct implements IMeshWideMtlsPolicy {
    /** Istio's default root namespace (`meshConfig.rootNamespace`), used when `rootNamespace` is not given. */
    static readonly DEFAULT_ROOT_NAMESPACE = "istio-system";
    /** The mesh-wide policies defined in the app that contains `scope` (kept in the app's MeshState). */
    static allIn(scope: IConstruct): IMeshWideMtlsPolicy[];
    /** The root namespace the policy is written to. */
    readonly rootNamespace: string;
    /** The emitted PeerAuthentication. */
    readonly peerAuthentication: PeerAuthentication;
    constructor(scope: Construct, id: string, props?: MeshWideStrictMtlsProps);
}
