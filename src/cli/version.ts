/** `cdk8s-istio --version`: the version in the package's own package.json. */
import * as fs from 'fs';
import * as path from 'path';

/** Walks up from this module (lib/src/cli when installed, src/cli in the repository) to cdk8s-istio's package.json. */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cdk8s-istio' && typeof pkg.version === 'string') return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the package.json of cdk8s-istio above ${__dirname}`);
  }
}
