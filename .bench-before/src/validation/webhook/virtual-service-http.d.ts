import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
/** What the VirtualService as a whole contributes to the rules of one http route. */
export interface HttpRouteContext {
    /** The VirtualService has no hosts: it is a delegate. */
    readonly delegate: boolean;
    /** The VirtualService is bound to at least one gateway other than `mesh`. */
    readonly boundToGateway: boolean;
}
export declare function validateHttpRoute(r: WebhookReport, path: string, http: Obj, ctx: HttpRouteContext): void;
