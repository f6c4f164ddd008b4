/**
 * This project's mTLS checks (ISTIO-FACTS §2.11, §3): Istio has no analyzer for a DestinationRule that turns
 * Istio mTLS off towards a STRICT workload, for workloads that leave the mesh inside a STRICT namespace, or
 * for several namespace-wide PeerAuthentications (the oldest silently wins).
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
import { Resource } from './resource';
/** The effective namespace-wide mTLS mode per namespace, from the PeerAuthentications in the inputs. */
export declare class PeerAuthenticationScopes {
    private readonly root;
    private readonly namespaceWide;
    /** Namespaces with a workload-level policy that relaxes mTLS for some of their workloads or ports. */
    private readonly relaxed;
    private readonly meshMode;
    private readonly strictCache;
    constructor(model: MeshModel, root: string);
    get groups(): ReadonlyMap<string, Resource[]>;
    /** Whether every workload of the namespace is STRICT (namespace policy, else the mesh-wide one). */
    isStrict(namespace: string): boolean;
    /** Whether the namespace itself declares STRICT (not only inherits it). */
    declaresStrict(namespace: string): boolean;
    private agreedMode;
}
export declare function analyzeMtls(model: MeshModel, out: Finding[]): void;
