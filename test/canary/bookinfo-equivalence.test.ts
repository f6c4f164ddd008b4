/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { route, Request } from './mesh-router';
import { synth } from './helpers';
import { RouteMatch, StringMatch } from '../../src/canary';

// Istio's bookinfo samples (samples/bookinfo/networking/*.yaml and platform/kube/bookinfo.yaml), as objects.
const bookinfoReviewsService = { selector: { app: 'reviews' } };
const bookinfoReviewsPods = {
  v1: { app: 'reviews', version: 'v1' },
  v2: { app: 'reviews', version: 'v2' },
};
const destinationRuleAll = {
  apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'reviews' },
  spec: {
    host: 'reviews',
    subsets: [
      { name: 'v1', labels: { version: 'v1' } },
      { name: 'v2', labels: { version: 'v2' } },
      { name: 'v3', labels: { version: 'v3' } },
    ],
  },
};
const virtualServiceReviews9010 = {
  apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'reviews' },
  spec: {
    hosts: ['reviews'],
    http: [{
      route: [
        { destination: { host: 'reviews', subset: 'v1' }, weight: 90 },
        { destination: { host: 'reviews', subset: 'v2' }, weight: 10 },
      ],
    }],
  },
};
const virtualServiceReviewsTestV2 = {
  apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'reviews' },
  spec: {
    hosts: ['reviews'],
    http: [
      { match: [{ headers: { 'end-user': { exact: 'jason' } } }], route: [{ destination: { host: 'reviews', subset: 'v2' } }] },
      { route: [{ destination: { host: 'reviews', subset: 'v1' } }] },
    ],
  },
};

// Request classes that tell the rules apart: the matching header, near misses, none, unrelated traffic.
const requests: [string, Request][] = [
  ['end-user: jason', { headers: { 'end-user': 'jason' } }],
  ['end-user: jason on another path', { headers: { 'end-user': 'jason' }, path: '/reviews/0' }],
  ['end-user: jasonx', { headers: { 'end-user': 'jasonx' } }],
  ['end-user: Jason', { headers: { 'end-user': 'Jason' } }],
  ['end-user: empty', { headers: { 'end-user': '' } }],
  ['another user', { headers: { 'end-user': 'alice' } }],
  ['no end-user header', { headers: { 'x-request-id': 'jason' } }],
  ['jason as a query parameter', { query: { 'end-user': 'jason' } }],
  ['from another namespace', { sourceNamespace: 'other', sourceLabels: { app: 'productpage' } }],
];

const reviews = (canaryWeight: number, canaryMatches: RouteMatch[] = []) => synth({
  name: 'reviews', port: 9080, canaryWeight, canaryMatches,
  stable: { version: 'v1', image: 'docker.io/istio/examples-bookinfo-reviews-v1:1.20.3' },
  canary: { version: 'v2', image: 'docker.io/istio/examples-bookinfo-reviews-v2:1.20.3' },
}, 'default');

describe('CanaryService routes exactly like Istio\'s bookinfo samples', () => {
  test.each([
    ['virtual-service-reviews-90-10 (v1/v2 at 90/10)', virtualServiceReviews9010, () => reviews(10)],
    ['virtual-service-reviews-test-v2 (end-user: jason → v2, else v1)', virtualServiceReviewsTestV2,
      () => reviews(0, [RouteMatch.header('end-user', StringMatch.exact('jason'))])],
  ])('%s', (_sample, sampleVs, build) => {
    const { byKind } = build();
    const ours = { vs: byKind('VirtualService'), dr: byKind('DestinationRule'), selector: byKind('Service').spec.selector };
    for (const [what, req] of requests) {
      const expected = route(sampleVs, destinationRuleAll, bookinfoReviewsService.selector, req);
      const actual = route(ours.vs, ours.dr, ours.selector, req);
      expect({ what, shares: actual }).toEqual({ what, shares: expected });
    }
  });

  test('the model tells the samples apart (so agreement above means something)', () => {
    const jason = requests[0][1];
    expect(route(virtualServiceReviews9010, destinationRuleAll, bookinfoReviewsService.selector, jason))
      .not.toEqual(route(virtualServiceReviewsTestV2, destinationRuleAll, bookinfoReviewsService.selector, jason));
    const ours = reviews(10);
    expect(route(ours.byKind('VirtualService'), ours.byKind('DestinationRule'), { app: 'reviews' }, jason))
      .not.toEqual(route(virtualServiceReviewsTestV2, destinationRuleAll, bookinfoReviewsService.selector, jason));
  });

  test('the subsets select the same pods as bookinfo\'s, and our pods carry those labels', () => {
    const { byKind } = reviews(10);
    const dr = byKind('DestinationRule');
    for (const version of ['v1', 'v2'] as const) {
      const sample = destinationRuleAll.spec.subsets.find((s) => s.name === version)!;
      expect(dr.spec.subsets.find((s: any) => s.name === version)).toEqual(sample);
      const selected = { ...byKind('Service').spec.selector, ...sample.labels };
      expect(selected).toEqual(bookinfoReviewsPods[version]);
      expect(byKind('Deployment', `reviews-${version}`).spec.template.metadata.labels).toMatchObject(selected);
      expect(byKind('Deployment', `reviews-${version === 'v1' ? 'v2' : 'v1'}`).spec.template.metadata.labels).not.toMatchObject(selected);
    }
    expect(byKind('Service').spec.selector).toEqual(bookinfoReviewsService.selector);
    expect(byKind('VirtualService').spec.hosts).toEqual(virtualServiceReviews9010.spec.hosts);
    expect(dr.spec.host).toBe(destinationRuleAll.spec.host);
  });
});
