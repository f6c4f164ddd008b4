/**
 * Emits a controller-driven CanaryService's objects: the controller's workload and resources, and (Argo) the
 * routing objects it patches. The routing-dependent specs render at synth, after every exposeVia().
 */
import { ApiObject, Lazy } from 'cdk8s';
import * as k8s from '../../imports/k8s';
import { Construct } from 'constructs';
import { RenderedVersion } from '../canary/version-workload';
import { plainApiObject } from '../shared/plain-api-object';
import { PropErrors } from '../shared/prop-errors';
import { DestinationRule, VirtualService } from '../../imports/istio-networking.istio.io';
import { Canary } from '../../imports/flagger-flagger.app';
import { METRIC_TEMPLATE_GVK } from '../../imports/flagger-gvks';
import { ANALYSIS_TEMPLATE_GVK, ROLLOUT_GVK } from '../../imports/argo-rollouts-gvks';
import { checkArgo, renderAnalysisTemplate, renderArgoRouting, renderRollout } from './argo-renderer';
import { DeliveryController } from './delivery-controller';
import { checkFlagger, FlaggerInput, renderFlagger } from './flagger-renderer';

/** The objects a delivery controller works from. */
export interface ControllerObjects {
  /** Flagger: the target Deployment `<name>`; Argo: the Rollout `<name>`. */
  readonly workload: ApiObject;
  /**
   * The Flagger Canary `<name>`.
   * @default - none (Argo)
   */
  readonly canary?: ApiObject;
  /** Flagger MetricTemplates (ambient namespaces: the gates with the waypoint reporter). */
  readonly metricTemplates: ApiObject[];
  /**
   * The Argo AnalysisTemplate `<name>`.
   * @default - none (Flagger)
   */
  readonly analysisTemplate?: ApiObject;
  /**
   * The VirtualService Argo patches.
   * @default - none (Flagger creates its own)
   */
  readonly virtualService?: ApiObject;
  /**
   * The DestinationRule Argo patches.
   * @default - none (Flagger creates its own)
   */
  readonly destinationRule?: ApiObject;
}

/** What a controller's renderers need from the CanaryService. */
export interface DeliveryInput extends FlaggerInput {
  readonly namespace: string;
  /** The version the controller rolls out (the canary, else the stable one). */
  readonly workload: RenderedVersion;
}

/** Emits the controller's objects into the CanaryService. */
export function renderDelivery(scope: Construct, errors: PropErrors, input: DeliveryInput): ControllerObjects {
  return input.progression.controller === DeliveryController.FLAGGER ? flagger(scope, errors, input) : argo(scope, errors, input);
}

function flagger(scope: Construct, errors: PropErrors, input: DeliveryInput): ControllerObjects {
  checkFlagger(errors, input);
  const name = input.plan.service;
  const d = input.workload.deployment;
  // Flagger clones this Deployment into `<name>-primary`; its selector must use `app` (one of Flagger's selector labels).
  const workload = plainApiObject(scope, 'Deployment', k8s.KubeDeployment.GVK, {
    metadata: { ...d.metadata, name },
    spec: { ...d.spec, selector: { matchLabels: { app: name } } },
  });
  const rendered = () => renderFlagger(input);
  const canary = plainApiObject(scope, 'Canary', Canary.GVK,
    { metadata: { name }, spec: Lazy.any({ produce: () => rendered().canary }) as unknown as object });
  // Which templates exist depends on the data plane only, known now; their specs do not depend on ingress.
  const metricTemplates = rendered().metricTemplates.map((t) => plainApiObject(scope, `MetricTemplate-${t.name}`, METRIC_TEMPLATE_GVK,
    { metadata: { name: t.name }, spec: t.spec }));
  return { workload, canary, metricTemplates };
}

function argo(scope: Construct, errors: PropErrors, input: DeliveryInput): ControllerObjects {
  const headers = checkArgo(errors, input);
  const name = input.plan.service;
  const d = input.workload.deployment;
  const argoInput = { ...input, version: input.workload.version, replicas: d.spec.replicas ?? 1, template: d.spec.template };
  const workload = plainApiObject(scope, 'Rollout', ROLLOUT_GVK, { metadata: { name }, spec: renderRollout(argoInput, headers) });
  const analysisTemplate = plainApiObject(scope, 'AnalysisTemplate', ANALYSIS_TEMPLATE_GVK, { metadata: { name }, spec: renderAnalysisTemplate(argoInput) });
  const destinationRule = plainApiObject(scope, 'DestinationRule', DestinationRule.GVK,
    { metadata: { name }, spec: Lazy.any({ produce: () => renderArgoRouting(input.plan).destinationRule }) as unknown as object });
  const virtualService = plainApiObject(scope, 'VirtualService', VirtualService.GVK,
    { metadata: { name }, spec: Lazy.any({ produce: () => renderArgoRouting(input.plan).virtualService }) as unknown as object });
  return { workload, metricTemplates: [], analysisTemplate, virtualService, destinationRule };
}
