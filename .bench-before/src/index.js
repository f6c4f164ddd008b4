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
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.gatewayApi = exports.istioTelemetry = exports.istioSecurity = exports.istioNetworking = exports.validation = void 0;
// The public surface of cdk8s-istio, and nothing else.
__exportStar(require("./canary"), exports);
__exportStar(require("./routing"), exports);
__exportStar(require("./delivery"), exports);
__exportStar(require("./ingress"), exports);
__exportStar(require("./security"), exports);
__exportStar(require("./telemetry"), exports);
__exportStar(require("./shared/istio-version"), exports);
__exportStar(require("./synth/mesh-validation"), exports);
__exportStar(require("./synth/istio-app"), exports);
__exportStar(require("./shared/mesh-state"), exports);
exports.validation = __importStar(require("./validation"));
__exportStar(require("./validation/validator"), exports);
__exportStar(require("./cli/validation-plugin"), exports);
// The typed Istio classes (L1s) the constructs expose, as submodules the way cdk8s-plus exports `k8s`.
exports.istioNetworking = __importStar(require("../imports/istio-networking.istio.io"));
exports.istioSecurity = __importStar(require("../imports/istio-security.istio.io"));
exports.istioTelemetry = __importStar(require("../imports/istio-telemetry.istio.io"));
exports.gatewayApi = __importStar(require("../imports/gateway-api-gateway.networking.k8s.io"));
//# sourceMappingURL=index.js.map