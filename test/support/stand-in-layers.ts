/**
 * Stand-ins for the webhook and analysis layers, for the tests that pin the exact report layout and the synth
 * scheduling independently of what the real rules say (test/cli/cli-layers.test.ts and
 * test/synth/mesh-validation.test.ts run the real layers). An object asks for findings through annotations:
 *   `test/finding: <severity>[,<severity>…]`  per-object findings (IST0106 for errors, IST0133 otherwise),
 *   `test/finding: crash`                    the layer throws, as a bug in a rule would,
 *   `test/analysis: <anything>`              one cross-object IST0101 error.
 * Use inside a jest.mock factory: `jest.mock('…/validation/webhook', () => require('…/stand-in-layers').webhook)`.
 */
import { Layer, objectRef, Severity } from '../../src/validation/finding';
import { FindingCollector } from '../../src/validation/finding-collector';
import { REFERENCED_RESOURCE_NOT_FOUND, SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING } from '../../src/validation/finding-codes';

type Annotated = { metadata?: { annotations?: Record<string, string> } };

export const webhook = {
  validateWebhook: jest.fn((obj: Annotated) => {
    const wanted = obj.metadata?.annotations?.['test/finding'];
    if (wanted === undefined) return [];
    if (wanted === 'crash') throw new TypeError("Cannot read properties of undefined (reading 'route')");
    const c = new FindingCollector(objectRef(obj), Layer.WEBHOOK);
    for (const severity of wanted.split(',')) {
      c.add(severity as Severity, severity === 'error' ? SCHEMA_VALIDATION_ERROR : SCHEMA_WARNING, 'spec.http[0].route[0].weight', `stand-in ${severity}`);
    }
    return c.findings;
  }),
};

export const analysis = {
  analysisRef: jest.requireActual('../../src/validation/analysis').analysisRef,
  analyze: jest.fn((objs: readonly Annotated[]) => objs.flatMap((obj) => {
    if (obj.metadata?.annotations?.['test/analysis'] === undefined) return [];
    const c = new FindingCollector(objectRef(obj), Layer.ANALYSIS);
    c.error(REFERENCED_RESOURCE_NOT_FOUND, 'spec.http[0].route[0].destination', 'stand-in cross-object error');
    return c.findings;
  })),
};
