"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GATEWAY_API_GROUP = exports.REFERENCE_GRANT_GVK = exports.GATEWAY_GVK = void 0;
const gateway_api_gateway_networking_k8s_io_1 = require("../../imports/gateway-api-gateway.networking.k8s.io");
exports.GATEWAY_GVK = gateway_api_gateway_networking_k8s_io_1.Gateway.GVK;
exports.REFERENCE_GRANT_GVK = gateway_api_gateway_networking_k8s_io_1.ReferenceGrant.GVK;
exports.GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
//# sourceMappingURL=gateway-api-json.js.map