/** How Envoy writes each access-log line (MeshConfig `accessLogEncoding`, provider `logFormat`). */
export enum AccessLogEncoding {
  /** One JSON object per line (Envoy `json_format`). */
  JSON = 'JSON',
  /** One formatted text line per request (Envoy `text_format`). */
  TEXT = 'TEXT',
}

/** Which side of a connection a proxy logs (Telemetry `accessLogging[].match.mode`). */
export enum AccessLogMatchMode {
  /** Both outbound (client) and inbound (server) traffic: Istio's default. */
  CLIENT_AND_SERVER = 'CLIENT_AND_SERVER',
  /** Only traffic the proxy sends on behalf of its workload (outbound). */
  CLIENT = 'CLIENT',
  /** Only traffic the proxy receives for its workload (inbound). */
  SERVER = 'SERVER',
}
