import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Yaml } from 'cdk8s';
import { AccessLogEncoding, BufferedAccessLogging, BufferedAccessLoggingProps, InstallProfile } from '../../src';
import { chartFor } from './helpers';
import { plainJs } from '../support/type-helpers';

// The fs module object itself (not a namespace-import copy), so a spy on it reaches the code under test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require('fs');
const OWNER = "BufferedAccessLogging 'logs'";
const build = (props: BufferedAccessLoggingProps = {}, istioVersion: string | null = '1.30') => new BufferedAccessLogging(chartFor(istioVersion), 'logs', props);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'install-'));

describe('the IstioOperator file names the profile the user gives', () => {
  test.each([InstallProfile.DEFAULT, InstallProfile.AMBIENT, InstallProfile.OPENSHIFT_AMBIENT])('%s', (profile) => {
    const logs = build({ installProfile: profile });
    expect(logs.installProfile).toBe(profile);
    expect((logs.toIstioOperator() as { spec: { profile: string } }).spec.profile).toBe(profile);
    const [file] = logs.writeInstallFiles(tmp());
    expect(fs.readFileSync(file, 'utf8')).toContain(`# istioctl installs profile "${profile}" plus what all the files given say`);
    expect(Yaml.load(file)[0].spec.profile).toBe(profile);
  });

  test('no silent default: the IstioOperator needs the prop, the Helm values do not', () => {
    const logs = build();
    const needs = "needs 'installProfile', the profile the mesh was installed with (e.g. InstallProfile.DEFAULT, InstallProfile.AMBIENT): " +
      'istioctl install -f installs the profile the file names, and the default profile would remove what another profile installed ' +
      '(an ambient mesh loses ztunnel and the CNI agent)';
    expect(() => logs.toIstioOperator()).toThrow(`${OWNER}: toIstioOperator() ${needs}`);
    const dir = path.join(tmp(), 'out');
    expect(() => logs.writeInstallFiles(dir)).toThrow(`${OWNER}: writeInstallFiles(${JSON.stringify(dir)}) ${needs}`);
    expect(fs.existsSync(dir)).toBe(false);
    expect(logs.toHelmValues()).toEqual({ meshConfig: logs.meshConfig() });
  });

  test('a profile that is not an InstallProfile (plain JS)', () => {
    expect(() => build({ installProfile: 'full' as InstallProfile })).toThrow(
      `${OWNER}: 'installProfile' must be InstallProfile.DEFAULT, InstallProfile.DEMO, InstallProfile.MINIMAL, InstallProfile.REMOTE, ` +
      'InstallProfile.EMPTY, InstallProfile.PREVIEW, InstallProfile.AMBIENT, InstallProfile.OPENSHIFT or InstallProfile.OPENSHIFT_AMBIENT, got "full"');
  });
});

describe('without the istioVersion context the flush settings need an acknowledgement', () => {
  test('no context and no acknowledgement', () => {
    expect(() => build({}, null)).toThrow(
      `${OWNER}: 'acknowledgeFlushNeedsIstio129' must be true when the context 'istioVersion' is not set: the flush settings ` +
      '(fileFlushInterval, fileFlushMinSizeKb) exist from Istio 1.29 on and older proxies ignore them silently; set the context ' +
      '\'istioVersion\' to the mesh\'s Istio release (e.g. "1.30"), or confirm 1.29+ with acknowledgeFlushNeedsIstio129: true');
    expect(() => build({ acknowledgeFlushNeedsIstio129: false }, null)).toThrow(`${OWNER}: 'acknowledgeFlushNeedsIstio129' must be true`);
  });

  test('acknowledged: the flush settings are emitted', () => {
    expect(build({ acknowledgeFlushNeedsIstio129: true }, null).proxyConfig()).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });

  test('with the context no acknowledgement is needed', () => {
    expect(build({}, '1.29').proxyConfig()).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });

  test('an acknowledgement that contradicts the context', () => {
    expect(() => build({ acknowledgeFlushNeedsIstio129: true }, '1.28')).toThrow(
      `${OWNER}: 'acknowledgeFlushNeedsIstio129' must be left out: context 'istioVersion' targets 1.28, which has no flush settings`);
  });

  test('an acknowledgement that is not a boolean (plain JS)', () => {
    expect(() => build({ acknowledgeFlushNeedsIstio129: plainJs<boolean>('yes') }, null)).toThrow(
      `${OWNER}: 'acknowledgeFlushNeedsIstio129' must be true or false, got "yes"`);
  });
});

describe('writeInstallFiles writes both files or neither', () => {
  const logs = () => build({ encoding: AccessLogEncoding.JSON, installProfile: InstallProfile.DEFAULT });

  test('a folder path that is a file: nothing written, the error names the construct', () => {
    const file = path.join(tmp(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    expect(() => logs().writeInstallFiles(file)).toThrow(`${OWNER}: writeInstallFiles(${JSON.stringify(file)}) wrote no install file: `);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  test('the second target is a folder: the first file is not written either, and no temporary file stays', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'istio-system.access-logging.helm-values.yaml'));
    expect(() => logs().writeInstallFiles(dir)).toThrow(
      `${OWNER}: writeInstallFiles(${JSON.stringify(dir)}) wrote no install file: ${path.join(dir, 'istio-system.access-logging.helm-values.yaml')} ` +
      'exists and is not a file');
    expect(fs.readdirSync(dir)).toEqual(['istio-system.access-logging.helm-values.yaml']);
  });

  test('a failure while replacing the second file puts the first one back: the earlier run stays as it was', () => {
    const dir = tmp();
    const [first, second] = logs().writeInstallFiles(dir);
    const before = [fs.readFileSync(first, 'utf8'), fs.readFileSync(second, 'utf8')];
    const rename = nodeFs.renameSync;
    const spy = jest.spyOn(nodeFs, 'renameSync').mockImplementation((from, to) => {
      // Only the move of the new text into place fails; putting the old file back still works.
      if (to === second && !String(from).endsWith('.old')) throw new Error('disk full');
      rename(from, to);
    });
    try {
      expect(() => build({ encoding: AccessLogEncoding.TEXT, path: '/var/log/a.log', installProfile: InstallProfile.DEFAULT }).writeInstallFiles(dir))
        .toThrow(`${OWNER}: writeInstallFiles(${JSON.stringify(dir)}) wrote no install file: disk full`);
    } finally {
      spy.mockRestore();
    }
    expect([fs.readFileSync(first, 'utf8'), fs.readFileSync(second, 'utf8')]).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(second), path.basename(first)].sort());
  });

  test('an empty folder name (plain JS)', () => {
    expect(() => logs().writeInstallFiles('')).toThrow(`${OWNER}: writeInstallFiles("") : 'dir' must be a non-empty folder path`.replace(' :', ':'));
  });
});
