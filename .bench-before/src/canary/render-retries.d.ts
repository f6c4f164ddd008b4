import { PropErrors } from '../shared/prop-errors';
import { RetryPolicy } from './retry-policy';
import { IstioVersion } from '../shared/istio-version';
import { VirtualServiceSpecHttpRetries } from '../../imports/istio-networking.istio.io';
/** The VirtualService retries block, checked against istiod's rules. */
export declare function renderRetries(errors: PropErrors, retries: RetryPolicy, version: IstioVersion): VirtualServiceSpecHttpRetries;
