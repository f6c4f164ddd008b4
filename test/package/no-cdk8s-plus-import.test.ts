import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, typeScriptFiles } from '../support/source-files';

// The library must load without any cdk8s-plus installed (users may have cdk8s-plus-28 … -33, or none): Kubernetes
// GVKs and wire types come from imports/k8s.ts. The packaged-app check proves it end to end in CI; this finds the
// offending file in a second.

test('no file of the library imports cdk8s-plus at run time', () => {
  const root = REPO_ROOT;
  const offenders = [...typeScriptFiles(path.join(root, 'src')), ...typeScriptFiles(path.join(root, 'imports'))]
    .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+'cdk8s-plus-\d+'|require\('cdk8s-plus-\d+'\)/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f));
  expect(offenders).toEqual([]);
});
