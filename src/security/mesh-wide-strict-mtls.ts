import { Construct, IConstruct } from 'constructs';
import { PeerAuthentication, PeerAuthenticationSpecMtlsMode } from '../../imports/istio-security.istio.io';
import { MeshValidation } from '../synth/mesh-validation';
import { dns1123LabelError } from '../validation/util/names';
import { IMeshWideMtlsPolicy, MeshState } from '../shared/mesh-state';
import { PropErrors } from '../shared/prop-errors';
import { checkScope } from '../shared/prop-types';

import { DEFAULT_ROOT_NAMESPACE } from '../validation/util/istio-names';

export { DEFAULT_ROOT_NAMESPACE };

/** Props for `MeshWideStrictMtls`. */
export interface MeshWideStrictMtlsProps {
  /**
   * The mesh's root namespace (`meshConfig.rootNamespace`): a PeerAuthentication without selector there applies
   * to the whole mesh. Must match the installed control plane's setting.
   * @default 'istio-system'
   */
  readonly rootNamespace?: string;
}

/**
 * The mesh-wide PeerAuthentication `default` in the root namespace with mode STRICT: every workload in the mesh
 * accepts only mutual TLS unless a namespace or workload policy says otherwise. It has no selector on purpose:
 * Istio ignores selector policies in the root namespace.
 */
export class MeshWideStrictMtls extends Construct implements IMeshWideMtlsPolicy {
  /** Istio's default root namespace (`meshConfig.rootNamespace`), used when `rootNamespace` is not given. */
  public static readonly DEFAULT_ROOT_NAMESPACE = DEFAULT_ROOT_NAMESPACE;

  /** The mesh-wide policies defined in the app that contains `scope` (kept in the app's MeshState). */
  public static allIn(scope: IConstruct): IMeshWideMtlsPolicy[] {
    checkScope('MeshWideStrictMtls.allIn', scope);
    return MeshState.find(scope)?.meshWideMtlsPolicies() ?? [];
  }

  /** The root namespace the policy is written to. */
  public readonly rootNamespace: string;
  /** The emitted PeerAuthentication. */
  public readonly peerAuthentication: PeerAuthentication;

  constructor(scope: Construct, id: string, props: MeshWideStrictMtlsProps = {}) {
    super(scope, id);
    MeshValidation.enable(this);
    this.rootNamespace = props.rootNamespace ?? DEFAULT_ROOT_NAMESPACE;
    const error = typeof this.rootNamespace === 'string' ? dns1123LabelError(this.rootNamespace) : 'must be a string';
    if (error) throw PropErrors.forConstruct('MeshWideStrictMtls', id).about('rootNamespace', error);

    this.peerAuthentication = new PeerAuthentication(this, 'Resource', {
      metadata: { name: 'default', namespace: this.rootNamespace },
      spec: { mtls: { mode: PeerAuthenticationSpecMtlsMode.STRICT } },
    });

    MeshState.of(this).addMeshWideMtlsPolicy(this);
  }
}
