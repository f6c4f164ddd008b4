// The cdk8s CLI `require`s this package inside its own process, so it must be CommonJS JavaScript: it hands over
// the plugin class compiled from src/cli/validation-plugin.ts (`npm run synth` runs tsc before `cdk8s synth`).
const path = require('path');

const compiled = path.join(__dirname, '..', '..', 'lib', 'src', 'cli', 'validation-plugin.js');
let plugin;
try {
  plugin = require(compiled);
} catch (e) {
  throw new Error(`cdk8s-istio-validation: cannot load ${compiled} (${e.message}); run \`npm run build\` first`);
}

module.exports = { IstioValidation: plugin.IstioValidation };
