/**
 * The last line of defence for "odd values give a finding, never an exception": a validation layer that throws on
 * some value nobody foresaw reports the object as unusable (one error finding naming it and the failure) instead of
 * ending the whole run, in synth, the CLI and the plugin alike. Layers are meant to never get here; the fuzz suite
 * (test/fuzz) checks that they do not, and this keeps the promise for what it has not tried.
 */
import { Finding, Layer, objectRef } from './finding';
import { SCHEMA_VALIDATION_ERROR } from './finding-codes';

export function guarded(obj: object, layer: Layer, check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return [{
      severity: SCHEMA_VALIDATION_ERROR.severity,
      code: SCHEMA_VALIDATION_ERROR.code,
      layer,
      ...objectRef(obj),
      path: '',
      message: `the ${layer} checks cannot read this object (${why}): a field holds a value of an unexpected type or shape`,
    }];
  }
}
