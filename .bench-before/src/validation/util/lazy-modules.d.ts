/**
 * The YAML parser and the RE2 engine are loaded on first use, not when the validator is imported: a typical
 * VirtualService or DestinationRule needs neither, and loading both costs about 45 ms of the validator's
 * one-time load budget (100 ms).
 */
import type * as YamlModule from 'yaml';
import type * as Re2Module from 're2js';
import type * as JsYamlModule from 'js-yaml';
export declare function yamlModule(): typeof YamlModule;
/** The manifest reader's parser (see manifests.ts for why this one). */
export declare function jsYamlModule(): typeof JsYamlModule;
export declare function re2Module(): typeof Re2Module;
/** Parses one YAML (or JSON) text into a plain value; throws the parser's error on bad input. */
export declare function parseYamlText(text: string): unknown;
