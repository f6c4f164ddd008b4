"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubeResourceClaimV1Alpha2 = exports.KubeResourceClaimTemplateV1Alpha2 = exports.KubeReplicationController = exports.KubeReplicaSet = exports.KubePriorityLevelConfigurationV1Beta3 = exports.KubePriorityLevelConfigurationV1Beta2 = exports.KubePriorityClass = exports.KubePodTemplate = exports.KubePodSchedulingContextV1Alpha2 = exports.KubePodDisruptionBudget = exports.KubePod = exports.KubePersistentVolumeClaim = exports.KubePersistentVolume = exports.KubeNode = exports.KubeNetworkPolicy = exports.KubeNamespace = exports.KubeMutatingWebhookConfiguration = exports.KubeLocalSubjectAccessReview = exports.KubeLimitRange = exports.KubeLease = exports.KubeJob = exports.KubeIpAddressV1Alpha1 = exports.KubeIngressClass = exports.KubeIngress = exports.KubeHorizontalPodAutoscalerV2 = exports.KubeHorizontalPodAutoscalerListV2 = exports.KubeHorizontalPodAutoscaler = exports.KubeFlowSchemaV1Beta3 = exports.KubeFlowSchemaV1Beta2 = exports.KubeEviction = exports.KubeEvent = exports.KubeEndpoints = exports.KubeEndpointSlice = exports.KubeDeployment = exports.KubeDaemonSet = exports.KubeCustomResourceDefinition = exports.KubeCsiStorageCapacity = exports.KubeCsiNode = exports.KubeCsiDriver = exports.KubeCronJob = exports.KubeControllerRevision = exports.KubeConfigMap = exports.KubeComponentStatus = exports.KubeClusterTrustBundleV1Alpha1 = exports.KubeClusterRoleBinding = exports.KubeClusterRole = exports.KubeClusterCidrv1Alpha1 = exports.KubeCertificateSigningRequest = exports.KubeBinding = exports.KubeApiService = void 0;
exports.KubeVolumeAttachment = exports.KubeValidatingWebhookConfiguration = exports.KubeValidatingAdmissionPolicyV1Beta1 = exports.KubeValidatingAdmissionPolicyV1Alpha1 = exports.KubeValidatingAdmissionPolicyBindingV1Beta1 = exports.KubeValidatingAdmissionPolicyBindingV1Alpha1 = exports.KubeTokenReview = exports.KubeTokenRequest = exports.KubeSubjectAccessReview = exports.KubeStorageVersionV1Alpha1 = exports.KubeStorageClass = exports.KubeStatus = exports.KubeStatefulSet = exports.KubeServiceAccount = exports.KubeService = exports.KubeSelfSubjectRulesReview = exports.KubeSelfSubjectReviewV1Beta1 = exports.KubeSelfSubjectReviewV1Alpha1 = exports.KubeSelfSubjectReview = exports.KubeSelfSubjectAccessReview = exports.KubeSecret = exports.KubeScale = exports.KubeRuntimeClass = exports.KubeRoleBinding = exports.KubeRole = exports.KubeResourceQuota = exports.KubeResourceClassV1Alpha2 = void 0;
/** APIService (apiregistration.k8s.io/v1). */
exports.KubeApiService = { GVK: { apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService' } };
/** Binding (v1). */
exports.KubeBinding = { GVK: { apiVersion: 'v1', kind: 'Binding' } };
/** CertificateSigningRequest (certificates.k8s.io/v1). */
exports.KubeCertificateSigningRequest = { GVK: { apiVersion: 'certificates.k8s.io/v1', kind: 'CertificateSigningRequest' } };
/** ClusterCIDR (networking.k8s.io/v1alpha1). */
exports.KubeClusterCidrv1Alpha1 = { GVK: { apiVersion: 'networking.k8s.io/v1alpha1', kind: 'ClusterCIDR' } };
/** ClusterRole (rbac.authorization.k8s.io/v1). */
exports.KubeClusterRole = { GVK: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' } };
/** ClusterRoleBinding (rbac.authorization.k8s.io/v1). */
exports.KubeClusterRoleBinding = { GVK: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' } };
/** ClusterTrustBundle (certificates.k8s.io/v1alpha1). */
exports.KubeClusterTrustBundleV1Alpha1 = { GVK: { apiVersion: 'certificates.k8s.io/v1alpha1', kind: 'ClusterTrustBundle' } };
/** ComponentStatus (v1). */
exports.KubeComponentStatus = { GVK: { apiVersion: 'v1', kind: 'ComponentStatus' } };
/** ConfigMap (v1). */
exports.KubeConfigMap = { GVK: { apiVersion: 'v1', kind: 'ConfigMap' } };
/** ControllerRevision (apps/v1). */
exports.KubeControllerRevision = { GVK: { apiVersion: 'apps/v1', kind: 'ControllerRevision' } };
/** CronJob (batch/v1). */
exports.KubeCronJob = { GVK: { apiVersion: 'batch/v1', kind: 'CronJob' } };
/** CSIDriver (storage.k8s.io/v1). */
exports.KubeCsiDriver = { GVK: { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver' } };
/** CSINode (storage.k8s.io/v1). */
exports.KubeCsiNode = { GVK: { apiVersion: 'storage.k8s.io/v1', kind: 'CSINode' } };
/** CSIStorageCapacity (storage.k8s.io/v1). */
exports.KubeCsiStorageCapacity = { GVK: { apiVersion: 'storage.k8s.io/v1', kind: 'CSIStorageCapacity' } };
/** CustomResourceDefinition (apiextensions.k8s.io/v1). */
exports.KubeCustomResourceDefinition = { GVK: { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition' } };
/** DaemonSet (apps/v1). */
exports.KubeDaemonSet = { GVK: { apiVersion: 'apps/v1', kind: 'DaemonSet' } };
/** Deployment (apps/v1). */
exports.KubeDeployment = { GVK: { apiVersion: 'apps/v1', kind: 'Deployment' } };
/** EndpointSlice (discovery.k8s.io/v1). */
exports.KubeEndpointSlice = { GVK: { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' } };
/** Endpoints (v1). */
exports.KubeEndpoints = { GVK: { apiVersion: 'v1', kind: 'Endpoints' } };
/** Event (events.k8s.io/v1). */
exports.KubeEvent = { GVK: { apiVersion: 'events.k8s.io/v1', kind: 'Event' } };
/** Eviction (policy/v1). */
exports.KubeEviction = { GVK: { apiVersion: 'policy/v1', kind: 'Eviction' } };
/** FlowSchema (flowcontrol.apiserver.k8s.io/v1beta2). */
exports.KubeFlowSchemaV1Beta2 = { GVK: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'FlowSchema' } };
/** FlowSchema (flowcontrol.apiserver.k8s.io/v1beta3). */
exports.KubeFlowSchemaV1Beta3 = { GVK: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'FlowSchema' } };
/** HorizontalPodAutoscaler (autoscaling/v1). */
exports.KubeHorizontalPodAutoscaler = { GVK: { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler' } };
/** HorizontalPodAutoscalerList (autoscaling/v2). */
exports.KubeHorizontalPodAutoscalerListV2 = { GVK: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscalerList' } };
/** HorizontalPodAutoscaler (autoscaling/v2). */
exports.KubeHorizontalPodAutoscalerV2 = { GVK: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler' } };
/** Ingress (networking.k8s.io/v1). */
exports.KubeIngress = { GVK: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' } };
/** IngressClass (networking.k8s.io/v1). */
exports.KubeIngressClass = { GVK: { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass' } };
/** IPAddress (networking.k8s.io/v1alpha1). */
exports.KubeIpAddressV1Alpha1 = { GVK: { apiVersion: 'networking.k8s.io/v1alpha1', kind: 'IPAddress' } };
/** Job (batch/v1). */
exports.KubeJob = { GVK: { apiVersion: 'batch/v1', kind: 'Job' } };
/** Lease (coordination.k8s.io/v1). */
exports.KubeLease = { GVK: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease' } };
/** LimitRange (v1). */
exports.KubeLimitRange = { GVK: { apiVersion: 'v1', kind: 'LimitRange' } };
/** LocalSubjectAccessReview (authorization.k8s.io/v1). */
exports.KubeLocalSubjectAccessReview = { GVK: { apiVersion: 'authorization.k8s.io/v1', kind: 'LocalSubjectAccessReview' } };
/** MutatingWebhookConfiguration (admissionregistration.k8s.io/v1). */
exports.KubeMutatingWebhookConfiguration = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration' } };
/** Namespace (v1). */
exports.KubeNamespace = { GVK: { apiVersion: 'v1', kind: 'Namespace' } };
/** NetworkPolicy (networking.k8s.io/v1). */
exports.KubeNetworkPolicy = { GVK: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' } };
/** Node (v1). */
exports.KubeNode = { GVK: { apiVersion: 'v1', kind: 'Node' } };
/** PersistentVolume (v1). */
exports.KubePersistentVolume = { GVK: { apiVersion: 'v1', kind: 'PersistentVolume' } };
/** PersistentVolumeClaim (v1). */
exports.KubePersistentVolumeClaim = { GVK: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' } };
/** Pod (v1). */
exports.KubePod = { GVK: { apiVersion: 'v1', kind: 'Pod' } };
/** PodDisruptionBudget (policy/v1). */
exports.KubePodDisruptionBudget = { GVK: { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' } };
/** PodSchedulingContext (resource.k8s.io/v1alpha2). */
exports.KubePodSchedulingContextV1Alpha2 = { GVK: { apiVersion: 'resource.k8s.io/v1alpha2', kind: 'PodSchedulingContext' } };
/** PodTemplate (v1). */
exports.KubePodTemplate = { GVK: { apiVersion: 'v1', kind: 'PodTemplate' } };
/** PriorityClass (scheduling.k8s.io/v1). */
exports.KubePriorityClass = { GVK: { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass' } };
/** PriorityLevelConfiguration (flowcontrol.apiserver.k8s.io/v1beta2). */
exports.KubePriorityLevelConfigurationV1Beta2 = { GVK: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'PriorityLevelConfiguration' } };
/** PriorityLevelConfiguration (flowcontrol.apiserver.k8s.io/v1beta3). */
exports.KubePriorityLevelConfigurationV1Beta3 = { GVK: { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'PriorityLevelConfiguration' } };
/** ReplicaSet (apps/v1). */
exports.KubeReplicaSet = { GVK: { apiVersion: 'apps/v1', kind: 'ReplicaSet' } };
/** ReplicationController (v1). */
exports.KubeReplicationController = { GVK: { apiVersion: 'v1', kind: 'ReplicationController' } };
/** ResourceClaimTemplate (resource.k8s.io/v1alpha2). */
exports.KubeResourceClaimTemplateV1Alpha2 = { GVK: { apiVersion: 'resource.k8s.io/v1alpha2', kind: 'ResourceClaimTemplate' } };
/** ResourceClaim (resource.k8s.io/v1alpha2). */
exports.KubeResourceClaimV1Alpha2 = { GVK: { apiVersion: 'resource.k8s.io/v1alpha2', kind: 'ResourceClaim' } };
/** ResourceClass (resource.k8s.io/v1alpha2). */
exports.KubeResourceClassV1Alpha2 = { GVK: { apiVersion: 'resource.k8s.io/v1alpha2', kind: 'ResourceClass' } };
/** ResourceQuota (v1). */
exports.KubeResourceQuota = { GVK: { apiVersion: 'v1', kind: 'ResourceQuota' } };
/** Role (rbac.authorization.k8s.io/v1). */
exports.KubeRole = { GVK: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' } };
/** RoleBinding (rbac.authorization.k8s.io/v1). */
exports.KubeRoleBinding = { GVK: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' } };
/** RuntimeClass (node.k8s.io/v1). */
exports.KubeRuntimeClass = { GVK: { apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass' } };
/** Scale (autoscaling/v1). */
exports.KubeScale = { GVK: { apiVersion: 'autoscaling/v1', kind: 'Scale' } };
/** Secret (v1). */
exports.KubeSecret = { GVK: { apiVersion: 'v1', kind: 'Secret' } };
/** SelfSubjectAccessReview (authorization.k8s.io/v1). */
exports.KubeSelfSubjectAccessReview = { GVK: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview' } };
/** SelfSubjectReview (authentication.k8s.io/v1). */
exports.KubeSelfSubjectReview = { GVK: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } };
/** SelfSubjectReview (authentication.k8s.io/v1alpha1). */
exports.KubeSelfSubjectReviewV1Alpha1 = { GVK: { apiVersion: 'authentication.k8s.io/v1alpha1', kind: 'SelfSubjectReview' } };
/** SelfSubjectReview (authentication.k8s.io/v1beta1). */
exports.KubeSelfSubjectReviewV1Beta1 = { GVK: { apiVersion: 'authentication.k8s.io/v1beta1', kind: 'SelfSubjectReview' } };
/** SelfSubjectRulesReview (authorization.k8s.io/v1). */
exports.KubeSelfSubjectRulesReview = { GVK: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview' } };
/** Service (v1). */
exports.KubeService = { GVK: { apiVersion: 'v1', kind: 'Service' } };
/** ServiceAccount (v1). */
exports.KubeServiceAccount = { GVK: { apiVersion: 'v1', kind: 'ServiceAccount' } };
/** StatefulSet (apps/v1). */
exports.KubeStatefulSet = { GVK: { apiVersion: 'apps/v1', kind: 'StatefulSet' } };
/** Status (v1). */
exports.KubeStatus = { GVK: { apiVersion: 'v1', kind: 'Status' } };
/** StorageClass (storage.k8s.io/v1). */
exports.KubeStorageClass = { GVK: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass' } };
/** StorageVersion (internal.apiserver.k8s.io/v1alpha1). */
exports.KubeStorageVersionV1Alpha1 = { GVK: { apiVersion: 'internal.apiserver.k8s.io/v1alpha1', kind: 'StorageVersion' } };
/** SubjectAccessReview (authorization.k8s.io/v1). */
exports.KubeSubjectAccessReview = { GVK: { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview' } };
/** TokenRequest (authentication.k8s.io/v1). */
exports.KubeTokenRequest = { GVK: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest' } };
/** TokenReview (authentication.k8s.io/v1). */
exports.KubeTokenReview = { GVK: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview' } };
/** ValidatingAdmissionPolicyBinding (admissionregistration.k8s.io/v1alpha1). */
exports.KubeValidatingAdmissionPolicyBindingV1Alpha1 = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1alpha1', kind: 'ValidatingAdmissionPolicyBinding' } };
/** ValidatingAdmissionPolicyBinding (admissionregistration.k8s.io/v1beta1). */
exports.KubeValidatingAdmissionPolicyBindingV1Beta1 = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1beta1', kind: 'ValidatingAdmissionPolicyBinding' } };
/** ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1alpha1). */
exports.KubeValidatingAdmissionPolicyV1Alpha1 = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1alpha1', kind: 'ValidatingAdmissionPolicy' } };
/** ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1beta1). */
exports.KubeValidatingAdmissionPolicyV1Beta1 = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1beta1', kind: 'ValidatingAdmissionPolicy' } };
/** ValidatingWebhookConfiguration (admissionregistration.k8s.io/v1). */
exports.KubeValidatingWebhookConfiguration = { GVK: { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration' } };
/** VolumeAttachment (storage.k8s.io/v1). */
exports.KubeVolumeAttachment = { GVK: { apiVersion: 'storage.k8s.io/v1', kind: 'VolumeAttachment' } };
//# sourceMappingURL=k8s.js.map