/**
 * The Gateway API objects IngressGateway emits, as the JSON the API server reads (field names from the standard
 * channel v1.5.1 CRDs, `../shared/gateway-api/crds-standard-1.5.1.yaml`), and their GVKs.
 *
 * The GVKs are the generated classes' (`gateway.networking.k8s.io/v1` is served for Gateway and ReferenceGrant;
 * ReferenceGrant stores v1beta1).
 */
import { GroupVersionKind } from 'cdk8s';
export declare const GATEWAY_GVK: GroupVersionKind;
export declare const REFERENCE_GRANT_GVK: GroupVersionKind;
export declare const GATEWAY_API_GROUP = "gateway.networking.k8s.io";
export interface SecretObjectReferenceJson {
    readonly group: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface AllowedRoutesJson {
    readonly namespaces: {
        readonly from: string;
        readonly selector?: {
            readonly matchLabels: {
                readonly [key: string]: string;
            };
        };
    };
}
export interface ListenerJson {
    readonly name: string;
    readonly port: number;
    readonly protocol: string;
    readonly hostname?: string;
    readonly tls?: {
        readonly mode: string;
        readonly certificateRefs: readonly SecretObjectReferenceJson[];
    };
    readonly allowedRoutes: AllowedRoutesJson;
}
export interface GatewaySpecJson {
    readonly gatewayClassName: string;
    readonly listeners: readonly ListenerJson[];
    readonly infrastructure?: {
        readonly labels?: {
            readonly [key: string]: string;
        };
        readonly annotations?: {
            readonly [key: string]: string;
        };
    };
}
export interface ReferenceGrantSpecJson {
    readonly from: readonly {
        readonly group: string;
        readonly kind: string;
        readonly namespace: string;
    }[];
    readonly to: readonly {
        readonly group: string;
        readonly kind: string;
        readonly name?: string;
    }[];
}
