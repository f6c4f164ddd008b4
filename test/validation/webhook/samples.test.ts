import { validateWebhook } from '../../../src/validation/webhook';
import { fixture } from './helpers';

// Samples istiod admits with a warning: DENY rules on HTTP attributes only (every TCP port in scope is denied).
const ISTIO_WARNS = new Set(['AuthorizationPolicy deny-method-get', 'AuthorizationPolicy waypoint-policy']);
const HTTP_ONLY_DENY = 'configured AuthorizationPolicy will deny all traffic to TCP ports under its scope due to the use of ' +
  'only HTTP attributes in a DENY rule; it is recommended to explicitly specify the port';

describe('Istio sample and documentation objects', () => {
  const docs = [...fixture('bookinfo.yaml'), ...fixture('istio-docs.yaml')].map((d) => [`${d.kind} ${(d.metadata as { name: string }).name}`, d] as const);

  it.each(docs.filter(([name]) => !ISTIO_WARNS.has(name)))('%s gives no findings', (_name, doc) => {
    expect(validateWebhook(doc as object)).toEqual([]);
  });

  it.each(docs.filter(([name]) => ISTIO_WARNS.has(name)))('%s gives istiod\'s HTTP-only DENY warning and nothing else', (_name, doc) => {
    expect(validateWebhook(doc as object).map((f) => `${f.severity} ${f.code} ${f.message}`)).toEqual([`warning IST0133 ${HTTP_ONLY_DENY}`]);
  });
});
