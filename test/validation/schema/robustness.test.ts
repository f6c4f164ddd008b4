import * as fc from 'fast-check';
import { Severity } from '../../../src/validation/finding';
import { validateSchema } from '../../../src/validation/schema';
import { loadBundle } from '../../../src/validation/schema/registry';

const bundle = loadBundle();
const kindVersions = bundle.kinds.flatMap((k) => k.versions.map((v) => ({ apiVersion: `${k.group}/${v.name}`, kind: k.kind })));

describe('any input', () => {
  test('never throws and reports only schema errors, whatever the spec holds', () => {
    fc.assert(fc.property(fc.constantFrom(...kindVersions), fc.jsonValue({ maxDepth: 4 }), ({ apiVersion, kind }, spec) => {
      const findings = validateSchema({ apiVersion, kind, metadata: { name: 'x' }, spec });
      for (const f of findings) {
        expect(f.severity).toBe(Severity.ERROR);
        expect(f.code).toBe('IST0106');
      }
    }), { numRuns: 2000 });
  });

  test('an empty spec only misses what the kind requires at the top level', () => {
    // Some kinds require fields through a CEL rule rather than `required`.
    const celRequired: { [kind: string]: string[] } = {
      TrafficExtension: ['spec: Invalid value: "object": exactly one of wasm or lua must be set'],
      WorkloadEntry: ['spec: Invalid value: "object": Address is required'],
    };
    for (const { apiVersion, kind } of kindVersions) {
      const schema = bundle.schemas[bundle.kinds.find((k) => k.kind === kind)!.versions[0].schema];
      const required = schema.properties?.spec?.required ?? [];
      const findings = validateSchema({ apiVersion, kind, metadata: { name: 'x' }, spec: {} }).map((f) => `${f.path}: ${f.message}`);
      expect(findings).toEqual([...required.map((r) => `spec.${r}: Required value`), ...(celRequired[kind] ?? [])]);
    }
  });
});
