"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=plan.js.map