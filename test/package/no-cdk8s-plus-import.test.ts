import * as fs from 'fs';
import * as path from 'path';

// The library must load without any cdk8s-plus installed (users may have cdk8s-plus-28 … -33, or none): Kubernetes
// GVKs and wire types come from imports/k8s.ts. The packaged-app check proves it end to end in CI; this finds the
// offending file in a second.
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('no file of the library imports cdk8s-plus at run time', () => {
  const root = path.join(__dirname, '..', '..');
  const offenders = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'imports'))]
    .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+'cdk8s-plus-\d+'|require\('cdk8s-plus-\d+'\)/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f));
  expect(offenders).toEqual([]);
});
