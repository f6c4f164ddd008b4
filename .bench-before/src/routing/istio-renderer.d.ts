/**
 * Renders a routing plan as Istio objects: a DestinationRule with one subset per version and a VirtualService
 * whose rules Istio tries in order (the match rules, then the weighted split).
 */
import { DestinationRuleSpecJson, VirtualServiceSpecJson } from '../canary/emitted-json';
import { RoutingPlan } from './plan';
export interface IstioRouting {
    readonly destinationRule: DestinationRuleSpecJson;
    readonly virtualService: VirtualServiceSpecJson;
}
export declare function renderIstio(plan: RoutingPlan): IstioRouting;
