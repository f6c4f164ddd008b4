export { Delivery } from './delivery';
export type { FlaggerDeliveryProps, ProgressionProps } from './delivery';
export type { ControllerObjects } from './render-delivery';
export { DeliveryController } from './delivery-controller';
