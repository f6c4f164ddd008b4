/**
 * Render each ApiObject once per synth.
 *
 * Validation at synth needs every object's JSON before cdk8s writes any file, and cdk8s renders every object again
 * right after (`chartToKube(chart).map(o => o.toJson())`, or `apiObject.toJson()` for FOLDER_PER_CHART_FILE_PER_RESOURCE).
 * Rendering is the dominant cost of synth, so the JSON rendered for validation is kept and handed to that later
 * call instead of rendering a second time.
 *
 * Mechanics: a kept object gets an own, non-enumerable `toJson` that shadows its class's method. It returns the kept
 * JSON exactly once (the entry is dropped when served) and otherwise renders normally through the class's method.
 * The own property is installed once per object and never removed, so the object's shape changes once and stays
 * stable; whether anything is kept is decided only by the WeakMap below. Whoever keeps JSON must `release` it when
 * its synth pass ends, so that a later `toJson()` (after the user changed the tree) renders fresh.
 */
import { ApiObject } from 'cdk8s';

const kept = new WeakMap<ApiObject, unknown>();

function servingToJson(this: ApiObject): unknown {
  const json = kept.get(this);
  if (json !== undefined) {
    kept.delete(this);
    return json;
  }
  return (Object.getPrototypeOf(this) as ApiObject).toJson.call(this);
}

/**
 * Keeps `json` (what `obj.toJson()` just returned) for the next `obj.toJson()` call. Returns false, and keeps
 * nothing, for an object that already has its own `toJson` property (set by someone else).
 */
export function keepRendered(obj: ApiObject, json: unknown): boolean {
  const own = Object.getOwnPropertyDescriptor(obj, 'toJson');
  if (own === undefined) {
    Object.defineProperty(obj, 'toJson', { value: servingToJson, writable: true, configurable: true, enumerable: false });
  } else if (own.value !== servingToJson) {
    return false;
  }
  kept.set(obj, json);
  return true;
}

/** Drops whatever is still kept for these objects (those whose later `toJson()` never came). */
export function releaseRendered(objs: readonly ApiObject[]): void {
  for (const obj of objs) kept.delete(obj);
}
