import { celSyntaxError, compileCel, rewriteComplexHas, unescapePropertyName } from '../../../src/validation/cel';

function run(expression: string, self: unknown): unknown {
  return compileCel(expression).evaluate(self);
}

const AT_LEAST_1MS = "duration(self) >= duration('1ms')";

describe('duration() parses like Go time.ParseDuration', () => {
  test.each([
    ['1h1m', true],
    ['.5s', true],
    ['1.s', true],
    ['1.5h', true],
    ['1ms', true],
    ['1000us', true],
    ['1000µs', true],
    ['+2s', true],
    ['-1s', false],
    ['0', false],
    ['999us', false],
    ['0.5ms', false],
  ])('%j >= 1ms is %s', (text, expected) => {
    expect(run(AT_LEAST_1MS, text)).toBe(expected);
  });

  test.each(['1', '', '.s', '1d', '1 s', 's', '1h-1m', '1.5.5s', '9223372036854775808ns'])('%j is not a Go duration', (text) => {
    expect(() => run(AT_LEAST_1MS, text)).toThrow(`time: invalid duration "${text}"`);
  });

  test('sums the parts of a multi-unit duration', () => {
    expect(run("duration(self) == duration('3661s')", '1h1m1s')).toBe(true);
    expect(run("duration(self) == duration('1500ms')", '1.5s')).toBe(true);
  });
});

describe('matches() uses RE2', () => {
  test('searches anywhere in the string (unanchored), like cel-go', () => {
    expect(run('self.matches("a+")', 'xaay')).toBe(true);
    expect(run('self.matches("^a+$")', 'xaay')).toBe(false);
    expect(run('matches(self, "^a$")', 'a')).toBe(true);
  });

  test('rejects look-ahead, which RE2 does not support', () => {
    expect(() => run('self.matches("(?=a)b")', 'ab')).toThrow('invalid regular expression (RE2): (?=a)b');
  });

  test('the ServiceEntry port-name rule', () => {
    const rule = 'self.all(key, size(key) < 63 && key.matches("^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$"))';
    expect(run(rule, { http: 80n, 'grpc-web': 81n })).toBe(true);
    expect(run(rule, { http_x: 80n })).toBe(false);
    expect(run(rule, { '-a': 80n })).toBe(false);
  });
});

describe('the Kubernetes URL library', () => {
  const parts = 'isURL(self) ? [url(self).getScheme(), url(self).getHost(), url(self).getHostname(), url(self).getPort(), url(self).getEscapedPath()] : ["invalid"]';
  test.each([
    ['https://example.com:80/a b', ['https', 'example.com:80', 'example.com', '80', '/a%20b']],
    ['HTTP://Example.com/', ['http', 'Example.com', 'Example.com', '', '/']],
    ['http://[::1]:8080/x', ['http', '[::1]:8080', '::1', '8080', '/x']],
    ['/absolute/path', ['', '', '', '', '/absolute/path']],
    ['oci://registry.io/img:tag', ['oci', 'registry.io', 'registry.io', '', '/img:tag']],
    ['file:///opt/filter.wasm', ['file', '', '', '', '/opt/filter.wasm']],
    ['http://a/b#c', ['http', 'a', 'a', '', '/b%23c']],
    ['http://user:pw@host/', ['http', 'host', 'host', '', '/']],
    ['mailto:someone@example.com', ['mailto', '', '', '', '']],
    ['*', ['', '', '', '', '*']],
    ['http://a/%7Efoo', ['http', 'a', 'a', '', '/%7Efoo']],
  ])('%j', (input, expected) => {
    expect(run(parts, input)).toEqual(expected);
  });

  test.each([
    'relative/path',
    'example.com',
    '',
    'http://a b.com/',
    'http://host:port/',
    'http://[::1/',
    ':foo',
    'http://a/%zz',
    'http://a\n/',
    'http://%41.com/',
  ])('%j is not a request URI', (input) => {
    expect(run('isURL(self)', input)).toBe(false);
  });

  test('url() of an invalid string is an error quoting Go\'s reason', () => {
    expect(() => run('url(self).getScheme() == ""', 'example.com')).toThrow(
      'URL parse error during conversion from string: parse "example.com": invalid URI for request',
    );
    expect(() => run('url(self).getScheme() == ""', 'http://h:x/')).toThrow('invalid port ":x" after host');
  });

  test('getQuery() decodes repeated keys and drops pairs with ";"', () => {
    const q = run('url(self).getQuery()', 'https://a/?x=1&x=2&y=a+b&z;=3') as Map<string, string[]>;
    expect([...q.entries()]).toEqual([['x', ['1', '2']], ['y', ['a b']]]);
    expect(run('url(self).getQuery()["x"][1]', 'https://a/?x=1&x=2')).toBe('2');
  });

  test('the WasmPlugin url rule accepts scheme-less registry references', () => {
    const rule = 'isURL(self) ? (url(self).getScheme() in ["", "http", "https", "file", "oci"]) : (isURL("http://" + self) &&\nurl("http://" + self).getScheme() in ["", "http", "https", "file", "oci"])';
    expect(run(rule, 'docker.io/istio/filter:1.0')).toBe(true);
    expect(run(rule, 'oci://docker.io/istio/filter:1.0')).toBe(true);
    expect(run(rule, 'ftp://example.com/filter.wasm')).toBe(false);
  });
});

describe('celSyntaxError (Telemetry access-log filters)', () => {
  test.each(['response.code >= 400', 'true', "request.headers['x-debug'] == 'on'", 'has(request.headers.foo) && response.code != 200'])(
    '%j parses (Envoy attributes need not be declared)', (expr) => {
      expect(celSyntaxError(expr)).toBeUndefined();
    });

  test('names the position of the problem', () => {
    expect(celSyntaxError('response.code >= 400 &&')).toBe(
      '"response.code >= 400 &&" is not a valid CEL expression: Unexpected token: EOF at line 1, column 24',
    );
    expect(celSyntaxError('a ++ b')).toBe('"a ++ b" is not a valid CEL expression: Unexpected token: PLUS at line 1, column 4');
    expect(celSyntaxError('true &&\n)')).toBe('"true &&\\n)" is not a valid CEL expression: Unexpected token: RPAREN at line 2, column 1');
  });
});

describe('substring() counts code points, like cel-go', () => {
  test('astral characters are one position each', () => {
    expect(run('self.substring(1)', '😀a')).toBe('a');
    expect(run('self.substring(0, 1)', '😀a')).toBe('😀');
  });

  test('the ServiceEntry UDS rule', () => {
    const rule = 'self.startsWith("unix://") ? (self.substring(7, 8) == "/" || self.substring(7, 8) == "@") : true';
    expect(run(rule, 'unix:///var/run/a.sock')).toBe(true);
    expect(run(rule, 'unix://@abstract')).toBe(true);
    expect(run(rule, 'unix://relative.sock')).toBe(false);
    expect(run(rule, '10.0.0.1')).toBe(true);
  });

  test('out-of-range indices are errors', () => {
    expect(() => run('self.substring(7, 8)', 'unix://')).toThrow('invalid substring range. start: 7, end: 8');
    expect(() => run('self.substring(3)', 'ab')).toThrow('index out of range: 3');
  });
});

describe('the IP and CIDR libraries', () => {
  test.each([
    ['1.2.3.4', true],
    ['::1', true],
    ['2001:db8::1', true],
    ['01.2.3.4', false],
    ['1.2.3', false],
    ['fe80::1%eth0', false],
    ['::ffff:1.2.3.4', false],
    ['example.com', false],
  ])('isIP(%j) is %s (netip rules: no leading zeros, zones or IPv4-mapped addresses)', (text, expected) => {
    expect(run('isIP(self)', text)).toBe(expected);
  });

  test('the Gateway API TLSRoute hostnames rule refuses IP addresses', () => {
    expect(run('self.all(h, !isIP(h))', ['a.example.com', '*.example.org'])).toBe(true);
    expect(run('self.all(h, !isIP(h))', ['a.example.com', '10.0.0.1'])).toBe(false);
  });

  test('ip() values know their family, loopback and unspecified addresses', () => {
    expect(run("ip(self).family()", '10.0.0.1')).toBe(4n);
    expect(run("ip(self).family()", '::1')).toBe(6n);
    expect(run('ip(self).isLoopback()', '127.0.0.2')).toBe(true);
    expect(run('ip(self).isLoopback()', '::1')).toBe(true);
    expect(run('ip(self).isLoopback()', '10.0.0.1')).toBe(false);
    expect(run('ip(self).isUnspecified()', '::')).toBe(true);
    expect(run('ip(self).isUnspecified()', '0.0.0.0')).toBe(true);
    expect(() => run('ip(self).family()', '1.2.3')).toThrow('IP Address "1.2.3" parse error during conversion from string');
  });

  test('cidr() parses prefixes and tests membership', () => {
    expect(run('isCIDR(self)', '10.0.0.0/8')).toBe(true);
    expect(run('isCIDR(self)', '10.0.0.0/33')).toBe(false);
    expect(run('isCIDR(self)', '10.0.0.0')).toBe(false);
    expect(run("cidr(self).containsIP('10.1.2.3')", '10.0.0.0/8')).toBe(true);
    expect(run("cidr(self).containsIP('11.1.2.3')", '10.0.0.0/8')).toBe(false);
    expect(run("cidr(self).containsIP(ip('2001:db8::5'))", '2001:db8::/32')).toBe(true);
    expect(run("cidr(self).containsIP('10.0.0.1')", '2001:db8::/32')).toBe(false);
    expect(run('cidr(self).prefixLength()', '192.168.0.0/16')).toBe(16n);
    expect(() => run('cidr(self).prefixLength()', '10.0.0.0/40')).toThrow('netip.ParsePrefix("10.0.0.0/40"): invalid prefix');
  });
});

describe('the strings extension replace()', () => {
  test('replaces all occurrences, or the first n', () => {
    expect(run("self.replace('a', 'x')", 'banana')).toBe('bxnxnx');
    expect(run("self.replace('a', 'x', 2)", 'banana')).toBe('bxnxna');
    expect(run("self.replace('a', 'x', -1)", 'banana')).toBe('bxnxnx');
  });
});

describe('has() on any expression, like cel-go', () => {
  test('the Gateway API match-count rule form compiles and tests field presence after an index', () => {
    expect(run('has(self[0].matches)', [{ matches: [] }])).toBe(true);
    expect(run('has(self[0].matches)', [{}])).toBe(false);
    expect(run("(self.size() > 0 ? (has(self[0].matches) ? self[0].matches.size() : 0) : 0) <= 1", [{ matches: [1n, 2n] }])).toBe(false);
  });

  test('a has() whose argument cannot be read is still refused', () => {
    expect(() => compileCel('has(self[0])')).toThrow('CEL rule does not compile');
  });

  test('leaves "has(" inside string literals alone', () => {
    expect(rewriteComplexHas("self == 'has(x[0].y)'")).toBe("self == 'has(x[0].y)'");
    expect(run("self == 'has(x[0].y)'", 'has(x[0].y)')).toBe(true);
  });
});

describe('transition rules', () => {
  test('compile with oldSelf declared (the validator skips them: a manifest has no old object)', () => {
    expect(() => compileCel('self == oldSelf')).not.toThrow();
    expect(() => compileCel('self == olderSelf')).toThrow('Unknown variable: olderSelf');
  });
});

describe('escaped property names (the API server\'s CEL property-name escaping)', () => {
  test.each([
    ['__namespace__', 'namespace'], ['__if__', 'if'], ['a__dot__b', 'a.b'], ['x__dash__y__slash__z', 'x-y/z'],
    ['__underscores__p', '__p'], ['__foo__', '__foo__'], ['plain', 'plain'],
  ])('%s reads %s', (written, property) => {
    expect(unescapePropertyName(written)).toBe(property);
  });

  test('a rule reads `namespace` through `__namespace__`, in selections and in has()', () => {
    const rule = compileCel("has(self.__namespace__) && self.__namespace__ == 'infra' && !has(self.a__dash__b)");
    expect(rule.evaluate({ namespace: 'infra' })).toBe(true);
    expect(rule.evaluate({ namespace: 'other' })).toBe(false);
    expect(rule.evaluate({ namespace: 'infra', 'a-b': 1 })).toBe(false);
    expect(rule.evaluate({})).toBe(false);
  });
});
