/**
 * Wire types of the Gateway API objects the routing renderers and waypoints write (v1.5.1 standard channel,
 * field names from the pinned CRDs), and their GVKs (the generated classes').
 */
import { GroupVersionKind } from 'cdk8s';
export { GATEWAY_API_GROUP, GATEWAY_GVK } from '../ingress/gateway-api-json';
export declare const HTTP_ROUTE_GVK: GroupVersionKind;
export interface ParentRefJson {
    readonly group?: string;
    readonly kind?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly sectionName?: string;
    readonly port?: number;
}
export interface BackendRefJson {
    readonly name: string;
    readonly port: number;
    readonly weight?: number;
}
export interface StringMatchJson {
    readonly type: string;
    readonly name: string;
    readonly value: string;
}
export interface HttpRouteMatchJson {
    readonly path?: {
        readonly type: string;
        readonly value: string;
    };
    readonly headers?: StringMatchJson[];
    readonly queryParams?: StringMatchJson[];
}
export interface HttpRouteFilterJson {
    readonly type: string;
    readonly requestMirror?: {
        readonly backendRef: BackendRefJson;
        readonly percent?: number;
        readonly fraction?: {
            readonly numerator: number;
            readonly denominator: number;
        };
    };
}
export interface HttpRouteRuleJson {
    readonly name?: string;
    readonly matches?: HttpRouteMatchJson[];
    readonly filters?: HttpRouteFilterJson[];
    readonly backendRefs?: BackendRefJson[];
    readonly timeouts?: {
        readonly request?: string;
    };
}
export interface HttpRouteSpecJson {
    readonly parentRefs: ParentRefJson[];
    readonly hostnames?: string[];
    readonly rules: HttpRouteRuleJson[];
}
export interface GatewayListenerJson {
    readonly name: string;
    readonly port: number;
    readonly protocol: string;
    readonly allowedRoutes?: {
        readonly namespaces: {
            readonly from: string;
        };
    };
}
export interface GatewaySpecJson {
    readonly gatewayClassName: string;
    readonly listeners: GatewayListenerJson[];
}
