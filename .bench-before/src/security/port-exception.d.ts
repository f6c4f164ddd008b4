import { PropErrors } from '../shared/prop-errors';
import { PortMtlsMode } from './modes';
/**
 * One container port of some workloads whose mTLS mode differs from the namespace's, e.g. a metrics port left
 * PERMISSIVE for a scraper outside the mesh. Exceptions with the same `selector` share one workload-scoped
 * PeerAuthentication.
 */
export interface PortMtlsException {
    /** The container (target) port, 1-65535: Istio keys port-level mTLS by the workload port, not the Service port. */
    readonly port: number;
    /** The mode for this port. */
    readonly mode: PortMtlsMode;
    /**
     * Pod labels that pick the workloads (`spec.selector.matchLabels`). Istio accepts port-level mTLS only on a
     * workload-scoped policy, so at least one label is required.
     */
    readonly selector: {
        [key: string]: string;
    };
    /**
     * Name of the PeerAuthentication for this selector (a DNS-1123 label, not `default`). Every exception of one
     * selector must give the same name, or none.
     * @default - derived from the selector's label values, e.g. `billing-service-port-mtls` for `{ app: 'billing-service' }`
     */
    readonly policyName?: string;
}
/** The exceptions of one selector: they become one PeerAuthentication. */
export interface PortExceptionGroup {
    readonly policyName: string;
    readonly selector: {
        readonly [key: string]: string;
    };
    /** Port → mode, in the order the exceptions were added. */
    readonly ports: Map<number, PortMtlsMode>;
}
/**
 * Validates port exceptions one at a time (so the constructor and `addPortException` share the rules) and groups
 * them by selector.
 */
export declare class PortExceptionGroups {
    private readonly errors;
    private readonly ambient;
    private readonly bySelector;
    private readonly byName;
    private count;
    /**
     * @param errors the owner's prop errors (StrictMtlsNamespace)
     * @param ambient whether the namespace uses the ambient data plane (no port-level DISABLE)
     */
    constructor(errors: PropErrors, ambient: boolean);
    get groups(): PortExceptionGroup[];
    get size(): number;
    /** Checks one exception and files it; returns its group and whether this exception started it. */
    add(exception: PortMtlsException): {
        group: PortExceptionGroup;
        created: boolean;
    };
}
/** `<label values>-port-mtls`, reduced to a DNS-1123 label (label values may hold upper case, '.', '_'). */
export declare function derivePolicyName(selector: {
    readonly [key: string]: string;
}): string;
/** The ports of a group that accept plaintext (PERMISSIVE or DISABLE), as AuthorizationPolicy port strings. */
export declare function plaintextPorts(group: PortExceptionGroup): string[];
