"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.yamlModule = yamlModule;
exports.jsYamlModule = jsYamlModule;
exports.re2Module = re2Module;
exports.parseYamlText = parseYamlText;
let yaml;
let jsYaml;
let re2;
function yamlModule() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    yaml ??= require('yaml');
    return yaml;
}
/** The manifest reader's parser (see manifests.ts for why this one). */
function jsYamlModule() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jsYaml ??= require('js-yaml');
    return jsYaml;
}
function re2Module() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    re2 ??= require('re2js');
    return re2;
}
/** Parses one YAML (or JSON) text into a plain value; throws the parser's error on bad input. */
function parseYamlText(text) {
    return yamlModule().parse(text);
}
//# sourceMappingURL=lazy-modules.js.map