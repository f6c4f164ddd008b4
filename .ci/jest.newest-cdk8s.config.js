/**
 * The project's jest config, with `cdk8s` resolved from a second install of the newest cdk8s 2.x
 * (`CDK8S_NEWEST_PREFIX/node_modules/cdk8s`, made by .ci/run) instead of the pinned devDependency. Everything that
 * requires 'cdk8s' (our sources, cdk8s-plus) gets the newest one; `constructs` stays the project's, as in an app
 * where one constructs is installed.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const base = require('../jest.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const prefix = process.env.CDK8S_NEWEST_PREFIX;
if (!prefix) throw new Error('CDK8S_NEWEST_PREFIX is not set: .ci/run sets it to the directory where it installed the newest cdk8s');
const root = path.join(__dirname, '..');

module.exports = {
  ...base,
  rootDir: root,
  moduleNameMapper: {
    '^cdk8s$': path.join(prefix, 'node_modules', 'cdk8s'),
    '^constructs$': path.join(root, 'node_modules', 'constructs'),
  },
};
