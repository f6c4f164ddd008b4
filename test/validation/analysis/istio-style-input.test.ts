import { parseAllDocuments } from 'yaml';
import { analyze } from '../../../src/validation/analysis';
import { pairs } from './fixtures';

// Istio's analyzer inputs use older served versions (v1alpha3, v1beta1, telemetry v1alpha1) and often omit
// metadata.namespace; they must be read the same way.
const INPUT = `
apiVersion: v1
kind: Pod
metadata:
  name: reviews-v1-abc
  labels: {app: reviews, version: v1}
spec:
  containers: [{name: reviews, image: reviews}]
---
apiVersion: v1
kind: Service
metadata:
  name: reviews
spec:
  selector: {app: reviews}
  ports: [{port: 9080, name: http}]
---
apiVersion: networking.istio.io/v1alpha3
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - {name: v1, labels: {version: v1}}
  - {name: v2, labels: {version: v2}}
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts: [reviews]
  http:
  - route:
    - destination: {host: reviews, subset: v3}
---
apiVersion: networking.istio.io/v1alpha3
kind: Sidecar
metadata:
  name: maps-to-nonexistent
spec:
  workloadSelector:
    labels: {app: bogus}
  egress: [{hosts: ["./*"]}]
---
apiVersion: telemetry.istio.io/v1alpha1
kind: Telemetry
metadata:
  name: logs
  namespace: istio-system
spec:
  accessLogging: [{}]
`;

test('older API versions and namespace-less documents analyze like Istio\'s own inputs', () => {
  const objs = parseAllDocuments(INPUT).map((d) => d.toJS() as object);
  expect(pairs(analyze(objs)).map((p) => `${p.code} ${p.origin}`)).toEqual([
    'IST0101 VirtualService default/reviews',
    'IST0173 DestinationRule default/reviews',
    'IST0101 Sidecar default/maps-to-nonexistent',
    'IST0157 Telemetry istio-system/logs',
  ]);
});
