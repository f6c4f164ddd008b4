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
exports.celJs = celJs;
/**
 * Loads the CEL engine, `@marcbachmann/cel-js`, on first use. The package ships only as an ES module, which Jest's
 * module sandbox cannot load from node_modules without configuration; so the build compiles it to CommonJS into
 * lib/vendor/cel-js (scripts/vendor-cel.js) and the validator loads that copy: users' Jest, ts-jest and plain
 * Node.js all run every CEL rule with no setup. Loading lazily keeps every module that merely imports the
 * validator cheap to load.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
let lib;
/** lib/vendor/cel-js seen from lib/src/validation/cel (the package) and from src/validation/cel (this repo's tests). */
const VENDORED = [
    path.resolve(__dirname, '../../../vendor/cel-js/index.js'),
    path.resolve(__dirname, '../../../lib/vendor/cel-js/index.js'),
];
function celJs() {
    if (!lib) {
        const vendored = VENDORED.find((p) => fs.existsSync(p));
        if (!vendored) {
            throw new Error(`cdk8s-istio: the CEL engine is missing (looked for ${VENDORED.join(', ')}): ` +
                'the package build (`npm run build`) compiles @marcbachmann/cel-js into lib/vendor/cel-js.');
        }
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see the module comment
        lib = require(vendored);
    }
    return lib;
}
//# sourceMappingURL=cel-js.js.map