import { errors, warnings } from './helpers';

describe('PeerAuthentication', () => {
  const sel = { selector: { matchLabels: { app: 'billing' } } };

  it('accepts mesh, namespace and workload policies with port-level mTLS', () => {
    expect(errors('PeerAuthentication', { mtls: { mode: 'STRICT' } })).toEqual([]);
    expect(errors('PeerAuthentication', { ...sel, mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'PERMISSIVE' } } })).toEqual([]);
  });

  it('rejects port-level mTLS without a selector', () => {
    const msg = 'spec.portLevelMtls: mesh/namespace peer authentication cannot have port level mTLS (add a selector with matchLabels)';
    expect(errors('PeerAuthentication', { portLevelMtls: { 8080: { mode: 'DISABLE' } } })).toEqual([msg]);
    expect(errors('PeerAuthentication', { selector: { matchLabels: {} }, portLevelMtls: { 8080: { mode: 'DISABLE' } } })).toEqual([msg]);
  });

  it('rejects an empty portLevelMtls map and ports outside 1..65535', () => {
    expect(errors('PeerAuthentication', { ...sel, portLevelMtls: {} })).toEqual(['spec.portLevelMtls: port level mTLS, if defined, must have at least one element']);
    expect(errors('PeerAuthentication', { ...sel, portLevelMtls: { 0: { mode: 'DISABLE' }, 42949672: { mode: 'DISABLE' } } })).toEqual([
      'spec.portLevelMtls["0"]: port 0 must be in range 1..65535',
      'spec.portLevelMtls["42949672"]: port 42949672 must be in range 1..65535',
    ]);
  });

  it('rejects empty keys and wildcards in the selector; warns about a selector without labels', () => {
    expect(errors('PeerAuthentication', { selector: { matchLabels: { '': 'x', 'app*': 'y' } } })).toEqual([
      'spec.selector.matchLabels: empty key is not supported in selector: "=x"',
      'spec.selector.matchLabels["app*"]: wildcard is not supported in selector: "app*=y"',
    ]);
    expect(errors('PeerAuthentication', { selector: {} })).toEqual([]);
    expect(warnings('PeerAuthentication', { selector: {} })).toEqual(['spec.selector: workload selector specified without labels']);
  });
});

describe('AuthorizationPolicy', () => {
  it('accepts allow-nothing, allow-all and deny with an empty rule', () => {
    expect(errors('AuthorizationPolicy', {})).toEqual([]);
    expect(errors('AuthorizationPolicy', { rules: [{}] })).toEqual([]);
    expect(errors('AuthorizationPolicy', { action: 'DENY', rules: [{}] })).toEqual([]);
  });

  it('rejects DENY and CUSTOM without rules', () => {
    const tail = 'action without `rules` is meaningless as it will never be triggered, add an empty rule `{}` if you want it be triggered for every request';
    expect(errors('AuthorizationPolicy', { action: 'DENY' })).toEqual([`spec.rules: DENY ${tail}`]);
    expect(errors('AuthorizationPolicy', { action: 'CUSTOM', provider: { name: 'ext' } })).toEqual([`spec.rules: CUSTOM ${tail}`]);
  });

  it('allows provider only with CUSTOM, and CUSTOM needs a provider name', () => {
    expect(errors('AuthorizationPolicy', { action: 'DENY', provider: { name: 'ext' }, rules: [{}] }))
      .toEqual(['spec.provider: `provider` must not be with non CUSTOM action, found DENY']);
    expect(errors('AuthorizationPolicy', { provider: { name: 'ext' }, rules: [{}] }))
      .toEqual(['spec.provider: `provider` must not be with non CUSTOM action, found ALLOW']);
    expect(errors('AuthorizationPolicy', { action: 'CUSTOM', rules: [{}] })).toEqual(['spec.provider.name: `provider.name` must not be empty for the CUSTOM action']);
  });

  it('rejects identity-based fields with CUSTOM', () => {
    expect(errors('AuthorizationPolicy', { action: 'CUSTOM', provider: { name: 'ext' },
      rules: [{ from: [{ source: { principals: ['a'] } }], when: [{ key: 'request.auth.claims[iss]', values: ['x'] }] }] })).toEqual([
      'spec.rules[0].from[0].source.principals: From.Principals is currently not supported with CUSTOM action',
      'spec.rules[0].when[0].key: request.auth.claims[iss] is currently not supported with CUSTOM action',
    ]);
  });

  it('allows only one of selector, targetRef and targetRefs', () => {
    expect(errors('AuthorizationPolicy', { selector: { matchLabels: { app: 'a' } }, targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'gw' }] }))
      .toEqual(['spec: only one of targetRefs, targetRef or workloadSelector can be set']);
  });

  it('validates target references', () => {
    expect(errors('AuthorizationPolicy', { targetRefs: [{ kind: 'Service', group: '', name: 'reviews' }] })).toEqual([]);
    expect(errors('AuthorizationPolicy', { targetRef: { kind: 'Deployment', group: 'apps', name: 'web', namespace: 'other' } })).toEqual([
      'spec.targetRef.namespace: targetRef namespace "other" must not be set: cross namespace referencing is not currently supported',
      'spec.targetRef: targetRef must be to one of gateway.networking.k8s.io/Gateway, gateway.networking.k8s.io/GatewayClass, core/Service, networking.istio.io/ServiceEntry but was apps/Deployment',
    ]);
  });

  it('rejects serviceAccounts mixed with principals or namespaces', () => {
    expect(errors('AuthorizationPolicy', { rules: [{ from: [{ source: { serviceAccounts: ['ns/sa'], namespaces: ['ns'] } }] }] }))
      .toEqual(['spec.rules[0].from[0].source: Cannot set serviceAccounts with namespaces or principals']);
    expect(errors('AuthorizationPolicy', { rules: [{ from: [{ source: { serviceAccounts: ['ns/sa'] } }] }] })).toEqual([]);
  });

  it('validates from and to', () => {
    expect(errors('AuthorizationPolicy', { rules: [null, { from: [], to: [] }, { from: [null, {}, { source: {} }], to: [null, {}, { operation: {} }] }] })).toEqual([
      'spec.rules[0]: `rule` must not be nil, found at rule 0',
      'spec.rules[1].from: `from` must not be empty, found at rule 1',
      'spec.rules[1].to: `to` must not be empty, found at rule 1',
      'spec.rules[2].from[0]: `from` must not be nil, found at rule 2',
      'spec.rules[2].from[1].source: `from.source` must not be nil, found at rule 2',
      'spec.rules[2].from[2].source: `from.source` must not be empty, found at rule 2',
      'spec.rules[2].to[0]: `to` must not be nil, found at rule 2',
      'spec.rules[2].to[1].operation: `to.operation` must not be nil, found at rule 2',
      'spec.rules[2].to[2].operation: `to.operation` must not be empty, found at rule 2',
    ]);
    expect(errors('AuthorizationPolicy', { rules: [{ from: [{ source: { ipBlocks: ['10.0.0.0/8', '10.0.0.0/40', 'x'], principals: [''] } }],
      to: [{ operation: { ports: ['80', 'http', '70000'], methods: [''] } }] }] })).toEqual([
      'spec.rules[0].from[0].source.ipBlocks: bad CIDR range (10.0.0.0/40)',
      'spec.rules[0].from[0].source.ipBlocks: bad IP address (x)',
      'spec.rules[0].from[0].source.principals: empty value not allowed, found in principals',
      'spec.rules[0].to[0].operation.ports: bad port (http): must be a number in 0..65535',
      'spec.rules[0].to[0].operation.ports: bad port (70000): must be a number in 0..65535',
      'spec.rules[0].to[0].operation.methods: empty value not allowed, found in methods',
    ]);
  });

  it('validates path templates', () => {
    const paths = (...p: string[]) => errors('AuthorizationPolicy', { rules: [{ to: [{ operation: { paths: p } }] }] });
    expect(paths('/api/{*}/items/{**}', '/static/*', '/v1/{*}')).toEqual([]);
    expect(paths('/api/{**}/items/{*}')).toEqual([
      "spec.rules[0].to[0].operation.paths: invalid or unsupported path /api/{**}/items/{*}, found in paths. Contains '{' or '}' beyond a supported path template",
    ]);
    expect(paths('/api/{id}')).toHaveLength(1);
    expect(paths('/api/a b/{*}')).toEqual([
      'spec.rules[0].to[0].operation.paths: invalid or unsupported path /api/a b/{*}, found in paths. Contains segment a b with invalid string literal',
    ]);
  });

  it('validates when conditions', () => {
    expect(errors('AuthorizationPolicy', { rules: [{ when: [{ key: 'request.auth.claims[groups]', values: ['admin'] }, { key: 'source.ip', notValues: ['10.0.0.0/8'] }] }] })).toEqual([]);
    expect(errors('AuthorizationPolicy', { rules: [{ when: [{ values: ['a'] }, { key: 'source.ip' }, { key: 'request.headers', values: ['x'] },
      { key: 'source.name', values: ['x'] }, { key: 'destination.port', values: ['eighty'] }, null] }] })).toEqual([
      'spec.rules[0].when[0].key: `key` must not be empty',
      'spec.rules[0].when[1]: at least one of `values` or `notValues` must be set for key source.ip',
      'spec.rules[0].when[2].key: invalid `key` request.headers: bad key (request.headers): should have format a[b]',
      'spec.rules[0].when[3].key: invalid `key` source.name: unknown attribute: source.name',
      'spec.rules[0].when[4].values: invalid `value` for `key` destination.port: bad port (eighty): must be a number in 0..65535',
      'spec.rules[0].when[5]: when field cannot be nil',
    ]);
  });
});

describe('RequestAuthentication', () => {
  it('accepts a typical JWT rule', () => {
    expect(errors('RequestAuthentication', { selector: { matchLabels: { app: 'web' } }, jwtRules: [{ issuer: 'https://issuer.example.com',
      jwksUri: 'https://issuer.example.com:8443/.well-known/jwks.json', audiences: ['web'], fromHeaders: [{ name: 'x-jwt', prefix: 'Bearer ' }],
      outputClaimToHeaders: [{ header: 'x-sub', claim: 'sub' }] }] })).toEqual([]);
  });

  it('validates issuer, jwksUri, jwks and locations', () => {
    expect(errors('RequestAuthentication', { jwtRules: [{ jwksUri: 'ftp://x/jwks', audiences: [''], jwks: '{bad', fromHeaders: [{ name: '' }, null],
      fromParams: [''], fromCookies: [''], outputClaimToHeaders: [{ header: 'x-a' }, { header: 'bad header', claim: 'sub' }] }] })).toEqual([
      'spec.jwtRules[0].audiences[0]: audience must be non-empty string',
      'spec.jwtRules[0].jwksUri: URI scheme "ftp" is not supported (jwksUri "ftp://x/jwks" must use http or https)',
      expect.stringMatching(/^spec.jwtRules\[0\].jwks: jwks parse error: /),
      'spec.jwtRules[0].fromHeaders[0].name: location header name must be non-empty string',
      'spec.jwtRules[0].fromHeaders[1]: location header name must be non-null',
      'spec.jwtRules[0].fromParams[0]: location query must be non-empty string',
      'spec.jwtRules[0].fromCookies[0]: cookie name must be non-empty string',
      'spec.jwtRules[0].outputClaimToHeaders[0]: outputClaimToHeaders header and claim value must be non-empty string',
      'spec.jwtRules[0].outputClaimToHeaders[1].header: header name bad header is not a valid header name (use HTTP token characters, e.g. "x-user-region")',
    ]);
    expect(errors('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwksUri: 'https://example.com:port/jwks' }] }))
      .toEqual(['spec.jwtRules[0].jwksUri: jwksUri "https://example.com:port/jwks" has an invalid port "port"']);
  });

  it('refuses a null outputClaimToHeaders entry (a nil message) and checks the others', () => {
    expect(errors('RequestAuthentication', { jwtRules: [{ issuer: 'i', outputClaimToHeaders: [null, { header: 'x-sub', claim: 'sub' }, 'x-sub'] }] }))
      .toEqual(['spec.jwtRules[0].outputClaimToHeaders[0]: outputClaimToHeaders must not be null']);
  });

  it('needs an issuer or a jwksUri, not both (istiod accepts any issuer of tokens signed by the jwksUri keys)', () => {
    expect(errors('RequestAuthentication', { jwtRules: [{ jwksUri: 'https://example.com/jwks.json' }] })).toEqual([]);
    expect(errors('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwks: '{"keys":[]}' }] })).toEqual([]);
    expect(errors('RequestAuthentication', { jwtRules: [{ audiences: ['a'] }] }))
      .toEqual(['spec.jwtRules[0].issuer: issuer or jwksUri must be non-empty string']);
  });

  it('warns about private key material in jwks', () => {
    const pub = { kty: 'RSA', e: 'AQAB', n: 'xAE7' };
    expect(warnings('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwks: JSON.stringify({ keys: [pub] }) }] })).toEqual([]);
    expect(warnings('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwks: JSON.stringify({ keys: [pub, { ...pub, d: 'secret' }] }) }] }))
      .toEqual(['spec.jwtRules[0].jwks: jwks key at index 1 contains private key material; only public keys are used for verification']);
    expect(warnings('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwks: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }) }] }))
      .toEqual(['spec.jwtRules[0].jwks: jwks key at index 0 contains private key material; only public keys are used for verification']);
  });
});
