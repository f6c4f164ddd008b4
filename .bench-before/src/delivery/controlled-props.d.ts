/**
 * The CanaryService props that a progressive-delivery controller takes over or cannot express, refused with
 * the prop named before anything is emitted.
 */
import type { CanaryServiceProps } from '../canary/canary-service';
import { IngressAttachment } from '../routing/ingress-attachment';
import { PropErrors } from '../shared/prop-errors';
import { DeliveryController } from './delivery-controller';
/** How the delivery is written in the props, for messages. */
export declare function deliveryName(controller: DeliveryController): string;
export declare function checkControlled(errors: PropErrors, props: CanaryServiceProps, controller: DeliveryController): void;
/** exposeVia() under a controller: an Istio Gateway, and with Flagger no path prefix. */
export declare function checkControlledAttachment(errors: PropErrors, controller: DeliveryController, attachment: IngressAttachment): void;
