import { Duration, Size } from 'cdk8s';
import { AccessLogEncoding, BufferedAccessLogging, BufferedAccessLoggingProps } from '../../src';
import { PROXY_CONFIG_ANNOTATION } from '../../src/shared/proxy-config';
import { chartFor, deployment } from './helpers';

function build(props: BufferedAccessLoggingProps, istioVersion?: string): BufferedAccessLogging {
  return new BufferedAccessLogging(chartFor(istioVersion), 'logs', props);
}

describe('BufferedAccessLogging rejects bad props with an error that names the prop', () => {
  test.each(['', 'logs/access.log', '/var/log/my access.log'])('path %p', (path) => {
    expect(() => build({ path })).toThrow(
      `BufferedAccessLogging 'logs': 'path' must be an absolute file path without spaces (e.g. "/dev/stdout"), got ${JSON.stringify(path)}`);
  });

  describe('format for JSON encoding', () => {
    const example = 'e.g. \'{"status":"%RESPONSE_CODE%","path":"%REQ(:PATH)%"}\'';
    test('not JSON', () => {
      expect(() => build({ format: '%RESPONSE_CODE%' })).toThrow(
        `BufferedAccessLogging 'logs': 'format' must be a JSON object of strings for JSON encoding (${example}), ` +
        'got "%RESPONSE_CODE%", which is not valid JSON');
    });
    test.each(['["%RESPONSE_CODE%"]', '"%RESPONSE_CODE%"', 'null', '42'])('JSON but not an object: %p', (format) => {
      expect(() => build({ format })).toThrow(
        `BufferedAccessLogging 'logs': 'format' must be a JSON object of strings for JSON encoding (${example}), got ${JSON.stringify(format)}`);
    });
    test('an empty object', () => {
      expect(() => build({ format: '{}' })).toThrow(
        `BufferedAccessLogging 'logs': 'format' must name at least one field for JSON encoding (${example}); ` +
        'leave \'format\' out for Istio\'s default fields');
    });
    test('a value that is not a string', () => {
      expect(() => build({ format: '{"code":"%RESPONSE_CODE%","bytes":42}' })).toThrow(
        'BufferedAccessLogging \'logs\': \'format\' field "bytes" must be a string (an Envoy command operator such as ' +
        '"%RESPONSE_CODE%"), got 42');
      expect(() => build({ format: '{"nested":{"a":"%PROTOCOL%"}}' })).toThrow(
        '\'format\' field "nested" must be a string (an Envoy command operator such as "%RESPONSE_CODE%"), got {"a":"%PROTOCOL%"}');
    });
    test('an empty field name', () => {
      expect(() => build({ format: '{"":"%RESPONSE_CODE%"}' })).toThrow(
        `BufferedAccessLogging 'logs': 'format' must not have an empty field name for JSON encoding (${example})`);
    });
  });

  test.each(['', '   '])('format %p for TEXT encoding', (format) => {
    expect(() => build({ encoding: AccessLogEncoding.TEXT, format })).toThrow(
      'BufferedAccessLogging \'logs\': \'format\' must be a non-empty Envoy format string for TEXT encoding ' +
      `(e.g. "[%START_TIME%] %REQ(:METHOD)% %RESPONSE_CODE%"), got ${JSON.stringify(format)}`);
  });

  test('an empty filter', () => {
    expect(() => build({ filter: ' ' })).toThrow(
      'BufferedAccessLogging \'logs\': \'filter\' must be a non-empty CEL expression (e.g. "response.code >= 400"); ' +
      'leave it out to log every request');
  });

  test.each(['response.code >=', 'response.code >= 400 &&', '(response.code'])('a filter that is not CEL: %p', (filter) => {
    expect(() => build({ filter })).toThrow(
      `BufferedAccessLogging 'logs': 'filter' must be a CEL expression such as "response.code >= 400": ${JSON.stringify(filter)} ` +
      'is not a valid CEL expression: ');
  });

  test('namespace', () => {
    expect(() => build({ namespace: 'Billing' })).toThrow(
      'BufferedAccessLogging \'logs\': \'namespace\' must be a namespace name: "Billing" is not a DNS-1123 label');
  });

  describe('selector', () => {
    test('no labels', () => {
      expect(() => build({ selector: {} })).toThrow(
        'BufferedAccessLogging \'logs\': \'selector\' must name at least one label; leave \'selector\' out to cover the whole namespace');
    });
    test('an empty key', () => {
      expect(() => build({ selector: { '': 'billing' } })).toThrow(
        'BufferedAccessLogging \'logs\': \'selector\' must not have an empty label key');
    });
    test('an empty value', () => {
      expect(() => build({ selector: { app: '' } })).toThrow(
        'BufferedAccessLogging \'logs\': \'selector\' label "app" must have a non-empty value');
    });
    test.each([[{ app: '*' }, 'app: *'], [{ app: 'billing-*' }, 'app: billing-*'], [{ 'app*': 'billing' }, 'app*: billing']])(
      'a wildcard %p', (selector, shown) => {
        expect(() => build({ selector })).toThrow(
          `BufferedAccessLogging 'logs': 'selector' label "${shown}" uses a wildcard ('*'), which Istio does not support in ` +
          'selectors; name exact labels (e.g. { app: \'billing\' })');
      });
    test('a label Kubernetes rejects', () => {
      expect(() => build({ selector: { app: 'billing service' } })).toThrow(
        'BufferedAccessLogging \'logs\': \'selector\' label "app": value "billing service" must be empty or 1-63 characters');
    });
  });

  test('name', () => {
    expect(() => build({ name: 'Access_Logs' })).toThrow(
      'BufferedAccessLogging \'logs\': \'name\' must be a Kubernetes object name: "Access_Logs" is not a DNS-1123 subdomain');
  });

  test.each(['', '-log', 'my log'])('providerName %p', (providerName) => {
    expect(() => build({ providerName })).toThrow(
      'BufferedAccessLogging \'logs\': \'providerName\' must be 1-253 letters, digits, \'-\', \'_\' or \'.\', starting and ' +
      `ending with a letter or digit (e.g. "buffered-file-log"), got ${JSON.stringify(providerName)}`);
  });

  test.each([
    [Duration.millis(0), '0'],
    [Duration.millis(0.5), '0.5'],
    [Duration.millis(1.5), '1.5'],
    [Duration.seconds(0.0001), '0.1'],
    [Duration.days(3_652_501), '315576086400000'],
  ])('flushInterval %p', (flushInterval, ms) => {
    expect(() => build({ flushInterval })).toThrow(
      `BufferedAccessLogging 'logs': 'flushInterval' must be at least 1 ms and a whole number of milliseconds, got "${ms}ms"`);
  });

  test.each([
    [Size.kibibytes(0), '0'],
    [Size.kibibytes(1.5), '1.5'],
    [Size.mebibytes(0.5 / 1024), '0.5'],
    [Size.tebibytes(4), '4294967296'],
  ])('minFlushSize %p', (minFlushSize, kib) => {
    expect(() => build({ minFlushSize })).toThrow(
      'BufferedAccessLogging \'logs\': \'minFlushSize\' must be a whole number of KiB from 1 KiB to 4294967295 KiB ' +
      `(e.g. Size.kibibytes(64), Size.mebibytes(1)), got ${kib} KiB`);
  });
});

describe('two BufferedAccessLogging constructs of one app must not clash', () => {
  test('the same Telemetry name in one namespace', () => {
    const chart = chartFor();
    new BufferedAccessLogging(chart, 'first', { namespace: 'billing' });
    new BufferedAccessLogging(chart, 'other-namespace', { namespace: 'payments' });
    expect(() => new BufferedAccessLogging(chart, 'second', { namespace: 'billing', selector: { app: 'x' } })).toThrow(
      'BufferedAccessLogging \'second\': \'name\' "access-logging" is already used by another BufferedAccessLogging in ' +
      'namespace "billing"; give each one its own \'name\'');
  });

  test('one provider name with two definitions', () => {
    const chart = chartFor();
    new BufferedAccessLogging(chart, 'first', { namespace: 'billing' });
    new BufferedAccessLogging(chart, 'same-definition', { namespace: 'payments' });
    expect(() => new BufferedAccessLogging(chart, 'second', { namespace: 'orders', path: '/var/log/access.log' })).toThrow(
      'BufferedAccessLogging \'second\': \'providerName\' "buffered-file-log" is already defined by another ' +
      'BufferedAccessLogging with a different path or format; give this one its own \'providerName\'');
  });

  test('redefining envoy while another construct relies on the built-in one', () => {
    const chart = chartFor();
    new BufferedAccessLogging(chart, 'text', { namespace: 'billing', encoding: AccessLogEncoding.TEXT });
    expect(() => new BufferedAccessLogging(chart, 'json', { namespace: 'orders', providerName: 'envoy' })).toThrow(
      'BufferedAccessLogging \'json\': \'providerName\' "envoy" is already defined by another BufferedAccessLogging');
  });
});

describe('flush settings need Istio 1.29', () => {
  const tail = '(ProxyConfig fileFlushInterval / fileFlushMinSizeKb do not exist before 1.29, and older proxies silently ' +
    'ignore them), but context \'istioVersion\' targets 1.28; set \'istioVersion\' to 1.29 or newer, or leave ' +
    '\'flushInterval\' and \'minFlushSize\' unset';

  test('flushInterval', () => {
    expect(() => build({ flushInterval: Duration.seconds(1) }, '1.28')).toThrow(
      `BufferedAccessLogging 'logs': 'flushInterval' needs Istio 1.29 or newer ${tail}`);
  });
  test('minFlushSize', () => {
    expect(() => build({ minFlushSize: Size.mebibytes(1) }, '1.28.3')).toThrow(
      `BufferedAccessLogging 'logs': 'minFlushSize' needs Istio 1.29 or newer ${tail}`);
  });
  test('both', () => {
    expect(() => build({ flushInterval: Duration.seconds(1), minFlushSize: Size.mebibytes(1) }, '1.28')).toThrow(
      `BufferedAccessLogging 'logs': 'flushInterval' and 'minFlushSize' need Istio 1.29 or newer ${tail}`);
  });
  test('applyTo', () => {
    const chart = chartFor('1.27');
    const logs = new BufferedAccessLogging(chart, 'logs');
    const dep = deployment(chart, 'worker', 'billing', { app: 'worker' });
    expect(() => logs.applyTo(dep)).toThrow(
      'BufferedAccessLogging \'logs\': applyTo(test/worker) has no flush settings to apply: context \'istioVersion\' targets ' +
      '1.27, and fileFlushInterval / fileFlushMinSizeKb need Istio 1.29 or newer');
  });
});

describe('applyTo refuses to overwrite an annotation it cannot read', () => {
  test.each([
    ['- concurrency: 2', 'is not a ProxyConfig mapping (e.g. \'{"concurrency":2}\')'],
    ['"just text"', 'is not a ProxyConfig mapping (e.g. \'{"concurrency":2}\')'],
    ['{concurrency: [', 'is not valid YAML: '],
  ])('%p', (existing, reason) => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    const dep = deployment(chart, 'worker', 'billing', { app: 'worker' });
    dep.podMetadata.addAnnotation(PROXY_CONFIG_ANNOTATION, existing);
    expect(() => logs.applyTo(dep)).toThrow(
      `BufferedAccessLogging 'logs': applyTo(test/worker): annotation 'proxy.istio.io/config': the existing value ${JSON.stringify(existing)} ${reason}`);
  });
});
