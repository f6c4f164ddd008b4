"use strict";
/**
 * The mesh graph as data: the one model the Mermaid, Graphviz/SVG and JSON renderings are all drawn from.
 * Built from manifests (see build-graph.ts), never from construct props, so it pictures any Istio or Gateway API YAML.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.GraphEdgeKind = exports.GraphNodeKind = exports.GraphStatus = void 0;
/** How an element looks in a picture: findings decide it (an error makes an edge red; no route makes a version grey). */
var GraphStatus;
(function (GraphStatus) {
    GraphStatus["OK"] = "ok";
    /** An error finding concerns it, or it routes to a subset no DestinationRule defines. */
    GraphStatus["BROKEN"] = "broken";
    /** A version no route reaches. */
    GraphStatus["UNREACHED"] = "unreached";
})(GraphStatus || (exports.GraphStatus = GraphStatus = {}));
var GraphNodeKind;
(function (GraphNodeKind) {
    GraphNodeKind["SERVICE"] = "service";
    GraphNodeKind["VERSION"] = "version";
    GraphNodeKind["GATEWAY"] = "gateway";
    GraphNodeKind["WAYPOINT"] = "waypoint";
})(GraphNodeKind || (exports.GraphNodeKind = GraphNodeKind = {}));
var GraphEdgeKind;
(function (GraphEdgeKind) {
    GraphEdgeKind["ROUTE"] = "route";
    GraphEdgeKind["MIRROR"] = "mirror";
    /** A Service whose L7 traffic an ambient waypoint handles. */
    GraphEdgeKind["WAYPOINT"] = "waypoint";
})(GraphEdgeKind || (exports.GraphEdgeKind = GraphEdgeKind = {}));
//# sourceMappingURL=model.js.map