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
exports.CrdBundle = void 0;
exports.bundlePath = bundlePath;
exports.loadBundle = loadBundle;
exports.buildRegistry = buildRegistry;
exports.schemaRegistry = schemaRegistry;
/**
 * The CRD schemas of imports/<family>-schemas.json (istio, gateway-api, flagger, argo-rollouts), each bundle
 * compiled once (with every CEL rule) on first use and looked up by apiVersion + kind.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const compile_1 = require("./compile");
const rules_1 = require("./rules");
/** The generated bundles: file `imports/<name>-schemas.json`, and how messages name its CRDs. */
var CrdBundle;
(function (CrdBundle) {
    CrdBundle["ISTIO"] = "istio";
    CrdBundle["GATEWAY_API"] = "gateway-api";
    CrdBundle["FLAGGER"] = "flagger";
    CrdBundle["ARGO_ROLLOUTS"] = "argo-rollouts";
    /** Not CRDs: the Kubernetes core kinds' structural schema (scripts/import-kubernetes.js). */
    CrdBundle["KUBERNETES"] = "kubernetes";
})(CrdBundle || (exports.CrdBundle = CrdBundle = {}));
const TITLES = {
    [CrdBundle.ISTIO]: 'the Istio CRDs',
    [CrdBundle.GATEWAY_API]: 'the Gateway API CRDs',
    [CrdBundle.FLAGGER]: 'the Flagger CRDs',
    [CrdBundle.ARGO_ROLLOUTS]: 'the Argo Rollouts CRDs',
    [CrdBundle.KUBERNETES]: 'the Kubernetes 1.33 API',
};
/** Finds a bundle from src/ (ts-jest) and from lib/src/ (compiled). */
function bundlePath(bundle = CrdBundle.ISTIO) {
    const file = `${bundle}-schemas.json`;
    const candidates = [
        path.resolve(__dirname, '../../../imports', file),
        path.resolve(__dirname, '../../../../imports', file),
    ];
    const found = candidates.find((p) => fs.existsSync(p));
    if (!found)
        throw new Error(`cdk8s-istio: schema bundle ${file} not found (looked in ${candidates.join(', ')})`);
    return found;
}
function loadBundle(bundle = CrdBundle.ISTIO) {
    return JSON.parse(fs.readFileSync(bundlePath(bundle), 'utf8'));
}
/** Compiles every schema of the bundle (shared schemas once) and every CEL rule. */
function buildRegistry(bundle, title = TITLES[CrdBundle.ISTIO]) {
    const rules = new rules_1.RuleCompiler();
    const compiled = new Map();
    const kinds = new Map();
    const kindsByGroup = new Map();
    for (const k of bundle.kinds) {
        const versions = new Map();
        const unserved = new Set();
        for (const v of k.versions) {
            if (v.served === false) {
                unserved.add(v.name);
                continue;
            }
            let validator = compiled.get(v.schema);
            if (!validator) {
                validator = (0, compile_1.compileSchema)(bundle.schemas[v.schema], rules);
                compiled.set(v.schema, validator);
            }
            versions.set(v.name, validator);
        }
        kinds.set(`${k.group}/${k.kind}`, { group: k.group, kind: k.kind, versions, unserved });
        const list = kindsByGroup.get(k.group) ?? [];
        list.push(k.kind);
        kindsByGroup.set(k.group, list);
    }
    for (const list of kindsByGroup.values())
        list.sort();
    return { title, kinds, kindsByGroup, ruleFailures: rules.failures };
}
const registries = new Map();
/** The registry for a committed bundle, built on first use (Istio's by default). */
function schemaRegistry(bundle = CrdBundle.ISTIO) {
    let registry = registries.get(bundle);
    if (!registry) {
        registry = buildRegistry(loadBundle(bundle), TITLES[bundle]);
        registries.set(bundle, registry);
    }
    return registry;
}
//# sourceMappingURL=registry.js.map