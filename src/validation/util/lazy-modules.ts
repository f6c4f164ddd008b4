/**
 * The YAML parser and the RE2 engine are loaded on first use, not when the validator is imported: a typical
 * VirtualService or DestinationRule needs neither, and loading both costs about 45 ms of the validator's
 * one-time load budget (100 ms).
 */
import type * as YamlModule from 'yaml';
import type * as Re2Module from 're2js';
import type * as JsYamlModule from 'js-yaml';

let yaml: typeof YamlModule | undefined;
let jsYaml: typeof JsYamlModule | undefined;
let re2: typeof Re2Module | undefined;

export function yamlModule(): typeof YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yaml ??= require('yaml') as typeof YamlModule;
  return yaml;
}

/** The manifest reader's parser (see manifests.ts for why this one). */
export function jsYamlModule(): typeof JsYamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jsYaml ??= require('js-yaml') as typeof JsYamlModule;
  return jsYaml;
}

export function re2Module(): typeof Re2Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  re2 ??= require('re2js') as typeof Re2Module;
  return re2;
}

/** Parses one YAML (or JSON) text into a plain value; throws the parser's error on bad input. */
export function parseYamlText(text: string): unknown {
  return yamlModule().parse(text);
}
