"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IngressGatewayRef = exports.RoutingApi = void 0;
// Public surface of src/routing: the routing API choice and ingress attachment.
var routing_api_1 = require("./routing-api");
Object.defineProperty(exports, "RoutingApi", { enumerable: true, get: function () { return routing_api_1.RoutingApi; } });
var ingress_attachment_1 = require("./ingress-attachment");
Object.defineProperty(exports, "IngressGatewayRef", { enumerable: true, get: function () { return ingress_attachment_1.IngressGatewayRef; } });
__exportStar(require("./ingress-types"), exports);
//# sourceMappingURL=index.js.map