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
exports.parseManifests = exports.ManifestError = exports.analysisRef = exports.analyze = exports.KindFamily = exports.kindFamilyOf = exports.isValidatedKind = exports.isIstioObject = void 0;
exports.validateObject = validateObject;
exports.validateObjects = validateObjects;
exports.validateAndAnalyze = validateAndAnalyze;
/**
 * The validator's library entry points: pure functions over plain objects (the JSON synth would write), plus the
 * manifest reader the CLI and tests share.
 */
const analysis_1 = require("./analysis");
const finding_1 = require("./finding");
const guard_1 = require("./guard");
const kinds_1 = require("./kinds");
const schema_1 = require("./schema");
const webhook_1 = require("./webhook");
__exportStar(require("./finding"), exports);
var istio_kinds_1 = require("./istio-kinds");
Object.defineProperty(exports, "isIstioObject", { enumerable: true, get: function () { return istio_kinds_1.isIstioObject; } });
var kinds_2 = require("./kinds");
Object.defineProperty(exports, "isValidatedKind", { enumerable: true, get: function () { return kinds_2.isValidatedKind; } });
Object.defineProperty(exports, "kindFamilyOf", { enumerable: true, get: function () { return kinds_2.kindFamilyOf; } });
Object.defineProperty(exports, "KindFamily", { enumerable: true, get: function () { return kinds_2.KindFamily; } });
var analysis_2 = require("./analysis");
Object.defineProperty(exports, "analyze", { enumerable: true, get: function () { return analysis_2.analyze; } });
Object.defineProperty(exports, "analysisRef", { enumerable: true, get: function () { return analysis_2.analysisRef; } });
var manifests_1 = require("./manifests");
Object.defineProperty(exports, "ManifestError", { enumerable: true, get: function () { return manifests_1.ManifestError; } });
Object.defineProperty(exports, "parseManifests", { enumerable: true, get: function () { return manifests_1.parseManifests; } });
/*
 * The other families are required on first use: an Istio-only app never loads (nor compiles the CEL rules of) the
 * Gateway API, Kubernetes, Flagger or Argo schemas.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- lazy on purpose, see above */
const LOADERS = {
    [kinds_1.KindFamily.ISTIO]: () => validateIstioObject,
    [kinds_1.KindFamily.GATEWAY_API]: () => require('./gateway-api').validateGatewayApiObject,
    [kinds_1.KindFamily.KUBERNETES]: () => require('./kubernetes').validateKubernetesObject,
    [kinds_1.KindFamily.FLAGGER]: () => require('./progressive-delivery').validateFlaggerObject,
    [kinds_1.KindFamily.ARGO_ROLLOUTS]: () => require('./progressive-delivery').validateArgoRolloutsObject,
};
/* eslint-enable @typescript-eslint/no-require-imports */
const loaded = new Map();
/**
 * Per-object checks for every kind we have a family for, as the cluster would make them when the object is
 * applied: the API server's schema (CRD OpenAPI + CEL, or the built-in kinds' own rules) and the admission rules of
 * istiod (Istio kinds, and what Istio refuses in Gateway API objects). [] for kinds no family covers.
 */
function validateObject(obj) {
    const family = (0, kinds_1.kindFamilyOf)(obj);
    if (family === undefined)
        return [];
    let validate = loaded.get(family);
    if (!validate) {
        validate = LOADERS[family]();
        loaded.set(family, validate);
    }
    const check = validate;
    return (0, guard_1.guarded)(obj, finding_1.Layer.SCHEMA, () => check(obj));
}
/** Schema (CRD OpenAPI + CEL) and webhook checks for one Istio object. */
function validateIstioObject(obj) {
    const schema = (0, guard_1.guarded)(obj, finding_1.Layer.SCHEMA, () => (0, schema_1.validateSchema)(obj));
    const webhook = (0, guard_1.guarded)(obj, finding_1.Layer.WEBHOOK, () => (0, webhook_1.validateWebhook)(obj));
    if (webhook.length === 0)
        return schema;
    if (schema.length === 0)
        return webhook;
    return schema.concat(webhook);
}
/** `validateObject` over many objects. */
function validateObjects(objs) {
    const out = [];
    for (const o of objs) {
        const found = validateObject(o);
        for (const f of found)
            out.push(f);
    }
    return out;
}
/**
 * Per-object validation plus cross-object mesh analysis over all the objects together, as synth, the cdk8s-cli
 * plugin and `cdk8s-istio analyze` run them. Analysis sees every object (Services, Deployments, Namespaces too).
 */
function validateAndAnalyze(objs) {
    const out = validateObjects(objs);
    for (const f of (0, analysis_1.analyze)(objs))
        out.push(f);
    return out;
}
//# sourceMappingURL=index.js.map