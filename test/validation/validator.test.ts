/** `Validator`: the validator's entry points as static members, the form jsii carries to other languages. */
import { Validator } from '../../src';
import * as validation from '../../src/validation';
import { ANALYSIS_CODES } from '../../src/validation/finding-codes';
import { ISTIO_API_GROUPS } from '../../src/validation/istio-kinds';

const negativeWeight = {
  apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'reviews', namespace: 'shop' },
  spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' }, weight: -10 }] }] },
};
const missingHost = {
  apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'ratings', namespace: 'shop' },
  spec: { hosts: ['ratings'], http: [{ route: [{ destination: { host: 'ratings', subset: 'v9' } }] }] },
};

test('the static methods give the namespace functions\' findings', () => {
  expect(Validator.validateObject(negativeWeight)).toEqual(validation.validateObject(negativeWeight));
  expect(Validator.validateObject(negativeWeight).some((f) => f.path === 'spec.http[0].route[0].weight')).toBe(true);
  expect(Validator.validateObjects([negativeWeight, missingHost])).toEqual(validation.validateObjects([negativeWeight, missingHost]));
  const analysis = Validator.analyze([missingHost]);
  expect(analysis.map((f) => f.code)).toContain('IST0101');
  expect(Validator.validateAndAnalyze([negativeWeight, missingHost]))
    .toEqual([...validation.validateObjects([negativeWeight, missingHost]), ...validation.analyze([negativeWeight, missingHost])]);
  expect(Validator.isIstioObject(negativeWeight)).toBe(true);
  expect(Validator.isIstioObject({ apiVersion: 'v1', kind: 'Service' })).toBe(false);
  const [first] = Validator.validateObject(negativeWeight);
  expect(Validator.isError(first)).toBe(true);
  expect(Validator.formatFinding(first)).toBe(validation.formatFinding(first));
});

test('the constants are static readonly fields with the codes the findings carry', () => {
  expect(Validator.SCHEMA_VALIDATION_ERROR).toBe('IST0106');
  expect(Validator.SCHEMA_WARNING).toBe('IST0133');
  expect(Validator.VIRTUAL_SERVICE_UNREACHABLE_RULE).toBe('IST0130');
  expect(Validator.VIRTUAL_SERVICE_INEFFECTIVE_MATCH).toBe('IST0131');
  expect([Validator.CRD_VALIDATION_ERROR, Validator.KUBERNETES_VALIDATION_ERROR, Validator.GATEWAY_API_REJECTED_BY_ISTIO])
    .toEqual(['CKI0001', 'CKI0002', 'CKI0003']);
  expect(Validator.ISTIO_API_GROUPS).toEqual([...ISTIO_API_GROUPS]);
  expect(Validator.analysisCodes()).toEqual(ANALYSIS_CODES.map((c) => ({ code: c.code, name: c.name, severity: c.severity })));
});
