"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=match-conditions.js.map