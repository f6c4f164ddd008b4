export { DataplaneMode, MtlsMode, PortMtlsMode } from './modes';
export type { PortMtlsException } from './port-exception';
export { CallerIdentity } from './caller-identity';
export { MeshWideStrictMtls } from './mesh-wide-strict-mtls';
export type { MeshWideStrictMtlsProps } from './mesh-wide-strict-mtls';
export { StrictMtlsNamespace } from './strict-mtls-namespace';
export type { StrictMtlsNamespaceProps } from './strict-mtls-namespace';
export { Waypoint, WaypointTrafficType } from './waypoint';
export type { WaypointProps } from './waypoint';
