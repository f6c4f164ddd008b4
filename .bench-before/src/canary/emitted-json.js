"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=emitted-json.js.map