/** The `istio` mesh ConfigMap as istiod reads it. */
export function configMapMesh(mesh: string): object {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'istio', namespace: 'istio-system' }, data: { mesh } };
}
