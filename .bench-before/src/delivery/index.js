"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeliveryController = exports.Delivery = void 0;
// Public surface of src/delivery: the progressive-delivery choice of a CanaryService.
var delivery_1 = require("./delivery");
Object.defineProperty(exports, "Delivery", { enumerable: true, get: function () { return delivery_1.Delivery; } });
var delivery_controller_1 = require("./delivery-controller");
Object.defineProperty(exports, "DeliveryController", { enumerable: true, get: function () { return delivery_controller_1.DeliveryController; } });
//# sourceMappingURL=index.js.map