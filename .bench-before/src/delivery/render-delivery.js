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
exports.renderDelivery = renderDelivery;
/**
 * Emits a controller-driven CanaryService's objects: the controller's workload and resources, and (Argo) the
 * routing objects it patches. The routing-dependent specs render at synth, after every exposeVia().
 */
const cdk8s_1 = require("cdk8s");
const k8s = __importStar(require("../../imports/k8s"));
const plain_api_object_1 = require("../shared/plain-api-object");
const istio_networking_istio_io_1 = require("../../imports/istio-networking.istio.io");
const flagger_flagger_app_1 = require("../../imports/flagger-flagger.app");
const flagger_gvks_1 = require("../../imports/flagger-gvks");
const argo_rollouts_gvks_1 = require("../../imports/argo-rollouts-gvks");
const argo_renderer_1 = require("./argo-renderer");
const delivery_controller_1 = require("./delivery-controller");
const flagger_renderer_1 = require("./flagger-renderer");
/** Emits the controller's objects into the CanaryService. */
function renderDelivery(scope, errors, input) {
    return input.progression.controller === delivery_controller_1.DeliveryController.FLAGGER ? flagger(scope, errors, input) : argo(scope, errors, input);
}
function flagger(scope, errors, input) {
    (0, flagger_renderer_1.checkFlagger)(errors, input);
    const name = input.plan.service;
    const d = input.workload.deployment;
    // Flagger clones this Deployment into `<name>-primary`; its selector must use `app` (one of Flagger's selector labels).
    const workload = (0, plain_api_object_1.plainApiObject)(scope, 'Deployment', k8s.KubeDeployment.GVK, {
        metadata: { ...d.metadata, name },
        spec: { ...d.spec, selector: { matchLabels: { app: name } } },
    });
    const rendered = () => (0, flagger_renderer_1.renderFlagger)(input);
    const canary = (0, plain_api_object_1.plainApiObject)(scope, 'Canary', flagger_flagger_app_1.Canary.GVK, { metadata: { name }, spec: cdk8s_1.Lazy.any({ produce: () => rendered().canary }) });
    // Which templates exist depends on the data plane only, known now; their specs do not depend on ingress.
    const metricTemplates = rendered().metricTemplates.map((t) => (0, plain_api_object_1.plainApiObject)(scope, `MetricTemplate-${t.name}`, flagger_gvks_1.METRIC_TEMPLATE_GVK, { metadata: { name: t.name }, spec: t.spec }));
    return { workload, canary, metricTemplates };
}
function argo(scope, errors, input) {
    const headers = (0, argo_renderer_1.checkArgo)(errors, input);
    const name = input.plan.service;
    const d = input.workload.deployment;
    const argoInput = { ...input, version: input.workload.version, replicas: d.spec.replicas ?? 1, template: d.spec.template };
    const workload = (0, plain_api_object_1.plainApiObject)(scope, 'Rollout', argo_rollouts_gvks_1.ROLLOUT_GVK, { metadata: { name }, spec: (0, argo_renderer_1.renderRollout)(argoInput, headers) });
    const analysisTemplate = (0, plain_api_object_1.plainApiObject)(scope, 'AnalysisTemplate', argo_rollouts_gvks_1.ANALYSIS_TEMPLATE_GVK, { metadata: { name }, spec: (0, argo_renderer_1.renderAnalysisTemplate)(argoInput) });
    const destinationRule = (0, plain_api_object_1.plainApiObject)(scope, 'DestinationRule', istio_networking_istio_io_1.DestinationRule.GVK, { metadata: { name }, spec: cdk8s_1.Lazy.any({ produce: () => (0, argo_renderer_1.renderArgoRouting)(input.plan).destinationRule }) });
    const virtualService = (0, plain_api_object_1.plainApiObject)(scope, 'VirtualService', istio_networking_istio_io_1.VirtualService.GVK, { metadata: { name }, spec: cdk8s_1.Lazy.any({ produce: () => (0, argo_renderer_1.renderArgoRouting)(input.plan).virtualService }) });
    return { workload, metricTemplates: [], analysisTemplate, virtualService, destinationRule };
}
//# sourceMappingURL=render-delivery.js.map