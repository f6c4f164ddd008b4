#!/usr/bin/env node
// Ships the CEL engine (@marcbachmann/cel-js, MIT, an ES-module-only package) compiled to CommonJS inside lib/,
// so that every CommonJS loader runs the validator without configuration: Node.js (any version we support) and
// Jest's module sandbox, which cannot load ES modules from node_modules unless a user transforms them.
// Run by `npm run build` (after tsc) and by Jest's global setup. Output: lib/vendor/cel-js/*.js + LICENSE.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
// The package's exports map hides package.json: find it next to the resolved entry point (lib/index.js).
const source = path.resolve(path.dirname(require.resolve('@marcbachmann/cel-js', { paths: [root] })), '..');
const target = path.join(root, 'lib', 'vendor', 'cel-js');

function vendorCel() {
  const ts = require('typescript');
  const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const stamp = path.join(target, 'VERSION');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of fs.readdirSync(path.join(source, 'lib')).filter((f) => f.endsWith('.js')).sort()) {
    const esm = fs.readFileSync(path.join(source, 'lib', file), 'utf8');
    const out = ts.transpileModule(esm, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      reportDiagnostics: true,
    });
    if (out.diagnostics && out.diagnostics.length > 0) {
      throw new Error(`vendor-cel: cannot compile ${file}: ${ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, '\n')}`);
    }
    fs.writeFileSync(path.join(target, file), out.outputText);
  }
  fs.copyFileSync(path.join(source, 'LICENSE'), path.join(target, 'LICENSE'));
  fs.writeFileSync(stamp, version);
}

module.exports = vendorCel;
if (require.main === module) vendorCel();
