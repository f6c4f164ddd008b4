"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=schema-types.js.map