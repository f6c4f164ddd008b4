"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HTTP_ROUTE_GVK = exports.GATEWAY_GVK = exports.GATEWAY_API_GROUP = void 0;
const gateway_api_gateway_networking_k8s_io_1 = require("../../imports/gateway-api-gateway.networking.k8s.io");
var gateway_api_json_1 = require("../ingress/gateway-api-json");
Object.defineProperty(exports, "GATEWAY_API_GROUP", { enumerable: true, get: function () { return gateway_api_json_1.GATEWAY_API_GROUP; } });
Object.defineProperty(exports, "GATEWAY_GVK", { enumerable: true, get: function () { return gateway_api_json_1.GATEWAY_GVK; } });
exports.HTTP_ROUTE_GVK = gateway_api_gateway_networking_k8s_io_1.HttpRoute.GVK;
//# sourceMappingURL=gateway-api-json.js.map