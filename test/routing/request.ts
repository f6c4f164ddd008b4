/** One request as the reference routers see it, and where it ends up. */
export interface Request {
  /** Path without the query string. */
  readonly path?: string;
  /** Header names as Envoy sees them: lower case. */
  readonly headers?: { readonly [name: string]: string };
  readonly query?: { readonly [name: string]: string };
  readonly sourceLabels?: { readonly [key: string]: string };
  readonly sourceNamespace?: string;
}

/**
 * Share of the requests (0..1) per destination, keyed by the pod selector that serves it (Service selector plus
 * subset labels, as sorted JSON), so that a subset `v1` of Service `billing` and the Service `billing-v1` with
 * the same selector are the same destination. Mirrored shares are keyed `mirror <selector>`.
 */
export type Distribution = { [destination: string]: number };

export function selectorKey(labels: { readonly [key: string]: string }): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}

/** Adds `share` to a distribution entry, dropping zero shares so that absent and 0 compare equal. */
export function addShare(out: Distribution, key: string, share: number): void {
  if (share > 0) out[key] = (out[key] ?? 0) + share;
}

/** Rounds shares so that 0.1 + 0.2 style float noise does not make equal routings differ. */
export function rounded(d: Distribution): Distribution {
  const out: Distribution = {};
  for (const [k, v] of Object.entries(d)) out[k] = Math.round(v * 1e9) / 1e9;
  return out;
}
