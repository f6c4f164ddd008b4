import { validateWebhook } from '../../../src/validation/webhook';
import { fixture } from './helpers';

describe('Istio sample and documentation objects', () => {
  it.each([...fixture('bookinfo.yaml'), ...fixture('istio-docs.yaml')].map((d) => [`${d.kind} ${(d.metadata as { name: string }).name}`, d]))(
    '%s gives no findings', (_name, doc) => {
      expect(validateWebhook(doc as object)).toEqual([]);
    });
});
