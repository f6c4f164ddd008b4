import { istioDuration } from '../shared/durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { RETRY_ON_CONDITIONS, RetryPolicy } from './retry-policy';
import { isDigits } from '../validation/util/chars';
import { isRetryOnToken } from '../validation/util/http';
import { IstioVersion } from '../shared/istio-version';
import { RETRY_BACKOFF_MIN_MINOR } from '../validation/version-gates';
import { VirtualServiceSpecHttpRetries } from '../../imports/istio-networking.istio.io';

/** The VirtualService retries block, checked against istiod's rules. */
export function renderRetries(errors: PropErrors, retries: RetryPolicy, version: IstioVersion): VirtualServiceSpecHttpRetries {
  const attempts = checkInteger(errors, 'retries.attempts', retries.attempts, 0, 2147483647);
  if (attempts === 0 && (retries.perTryTimeout !== undefined || retries.retryOn !== undefined || retries.backoff !== undefined)) {
    throw errors.mustBe('retries', "only { attempts: 0 } when retries are off (istiod rejects 'perTryTimeout', 'retryOn' or 'backoff' with 0 attempts)", 'attempts 0 with other fields');
  }
  const out: { -readonly [K in keyof VirtualServiceSpecHttpRetries]: VirtualServiceSpecHttpRetries[K] } = { attempts };
  if (retries.perTryTimeout !== undefined) out.perTryTimeout = istioDuration(errors, 'retries.perTryTimeout', retries.perTryTimeout);
  if (retries.retryOn !== undefined) {
    if (!Array.isArray(retries.retryOn) || retries.retryOn.length === 0) {
      throw errors.mustBe('retries.retryOn', 'a non-empty list of retry conditions', retries.retryOn);
    }
    for (const token of retries.retryOn) {
      // istiod also takes 1xx-3xx codes, but retrying a success or a redirect is never what a user means.
      if (typeof token !== 'string' || !isRetryOnToken(token) || (isDigits(token) && Number(token) < 400)) {
        throw errors.mustBe('retries.retryOn', `a list of 4xx/5xx HTTP status codes (e.g. "503") and ${RETRY_ON_CONDITIONS.join(', ')}`, token);
      }
    }
    out.retryOn = retries.retryOn.join(',');
  }
  if (retries.backoff !== undefined) {
    if (!version.atLeast(RETRY_BACKOFF_MIN_MINOR)) {
      throw errors.mustBe('retries.backoff', `left out for Istio ${version} (the field exists from Istio 1.${RETRY_BACKOFF_MIN_MINOR}; context 'istioVersion')`, 'a backoff');
    }
    out.backoff = istioDuration(errors, 'retries.backoff', retries.backoff);
  }
  return out;
}
