"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WaypointTrafficType = exports.Waypoint = exports.StrictMtlsNamespace = exports.MeshWideStrictMtls = exports.CallerIdentity = exports.PortMtlsMode = exports.MtlsMode = exports.DataplaneMode = void 0;
// Public surface of src/security: strict mTLS for namespaces and the mesh, and zero-trust caller lists.
var modes_1 = require("./modes");
Object.defineProperty(exports, "DataplaneMode", { enumerable: true, get: function () { return modes_1.DataplaneMode; } });
Object.defineProperty(exports, "MtlsMode", { enumerable: true, get: function () { return modes_1.MtlsMode; } });
Object.defineProperty(exports, "PortMtlsMode", { enumerable: true, get: function () { return modes_1.PortMtlsMode; } });
var caller_identity_1 = require("./caller-identity");
Object.defineProperty(exports, "CallerIdentity", { enumerable: true, get: function () { return caller_identity_1.CallerIdentity; } });
var mesh_wide_strict_mtls_1 = require("./mesh-wide-strict-mtls");
Object.defineProperty(exports, "MeshWideStrictMtls", { enumerable: true, get: function () { return mesh_wide_strict_mtls_1.MeshWideStrictMtls; } });
var strict_mtls_namespace_1 = require("./strict-mtls-namespace");
Object.defineProperty(exports, "StrictMtlsNamespace", { enumerable: true, get: function () { return strict_mtls_namespace_1.StrictMtlsNamespace; } });
var waypoint_1 = require("./waypoint");
Object.defineProperty(exports, "Waypoint", { enumerable: true, get: function () { return waypoint_1.Waypoint; } });
Object.defineProperty(exports, "WaypointTrafficType", { enumerable: true, get: function () { return waypoint_1.WaypointTrafficType; } });
//# sourceMappingURL=index.js.map