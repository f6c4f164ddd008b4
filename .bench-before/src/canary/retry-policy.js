"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RETRY_ON_CONDITIONS = void 0;
var http_1 = require("../validation/util/http");
Object.defineProperty(exports, "RETRY_ON_CONDITIONS", { enumerable: true, get: function () { return http_1.RETRY_ON_CONDITIONS; } });
//# sourceMappingURL=retry-policy.js.map