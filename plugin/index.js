// The cdk8s-cli validation plugin entry point, shipped in the package. cdk8s.yaml:
//   validations:
//     - package: ./node_modules/cdk8s-istio/plugin   (in this repository: ./plugin)
//       class: IstioValidation
//       version: 0.0.0                               (any exact version: the CLI does not check it for local paths)
// The CLI `require`s it inside its own process, so it is CommonJS; it loads only the validator, not the constructs.
'use strict';
const path = require('path');

const compiled = path.join(__dirname, '..', 'lib', 'src', 'cli', 'validation-plugin.js');
let plugin;
try {
  plugin = require(compiled);
} catch (e) {
  throw new Error(`cdk8s-istio plugin: cannot load ${compiled} (${e.message}); in a clone of the repository, run \`npm run build\` first`);
}

module.exports = { IstioValidation: plugin.IstioValidation };
