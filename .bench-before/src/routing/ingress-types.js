"use strict";
/**
 * The public types of ingress attachment (`CanaryService.exposeVia`), in a module of their own so that the routing
 * index can `export *` them: jsii sees only value exports, and `export { Interface }` is not allowed under the
 * isolatedModules setting the tests compile with.
 */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=ingress-types.js.map