"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.subsetNameError = subsetNameError;
exports.validateDestination = validateDestination;
exports.validateRouteDestinations = validateRouteDestinations;
exports.validateMirrors = validateMirrors;
/**
 * Route destinations of VirtualService (http, tcp, tls, mirrors) and the weights between them.
 */
const names_1 = require("../util/names");
const http_names_1 = require("./http-names");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
/** istiod's validateSubsetName: non-empty and a DNS-1123 label (upper case allowed, no dots). */
function subsetNameError(name) {
    if (name === '')
        return 'subset name cannot be empty';
    if (!(0, names_1.isIstioLabelName)(name)) {
        return `subset name is invalid: ${name} (letters, digits and '-' only, at most 63, e.g. "v1-2-3" not "v1.2.3")`;
    }
    return undefined;
}
/** A Destination: host not `*` and a (wildcard) domain, subset a label name, port 1..65535. */
function validateDestination(r, path, destination) {
    if (!(0, plain_json_1.isObj)(destination))
        return;
    const host = destination.host;
    if (typeof host === 'string' || host === undefined) {
        const h = typeof host === 'string' ? host : '';
        r.errorIf(`${path}.host`, h === '*' ? 'invalid destination host *' : (0, hosts_1.wildcardDomainError)(h));
    }
    const subset = destination.subset;
    if (typeof subset === 'string' && subset !== '')
        r.errorIf(`${path}.subset`, subsetNameError(subset));
    if ((0, plain_json_1.isObj)(destination.port)) {
        const port = destination.port.number === undefined ? 0 : (0, plain_json_1.int)(destination.port.number);
        if (port !== undefined)
            r.errorIf(`${path}.port.number`, (0, net_1.portError)(port));
    }
}
/**
 * The destinations of one http/tcp/tls route: each present with a destination, weights >= 0, and with
 * several destinations a total above 0. Weights are relative: they need not add up to 100.
 */
function validateRouteDestinations(r, path, routes, http) {
    const items = (0, plain_json_1.list)(routes);
    let total = 0;
    items.forEach((item, i) => {
        const p = `${path}[${i}]`;
        if (!(0, plain_json_1.isObj)(item)) {
            if (item === null)
                r.error(p, 'weight may not be nil');
            return;
        }
        if (!(0, plain_json_1.isObj)(item.destination)) {
            if (item.destination === undefined || item.destination === null)
                r.error(`${p}.destination`, 'destination is required');
        }
        else {
            validateDestination(r, `${p}.destination`, item.destination);
        }
        if (http)
            (0, http_names_1.validateHeaderOperations)(r, `${p}.headers`, item.headers, '');
        const weight = (0, plain_json_1.int)(item.weight);
        if (weight !== undefined) {
            if (weight < 0)
                r.error(`${p}.weight`, `weight ${weight} < 0`);
            total += weight;
        }
    });
    if (items.length > 1 && total === 0) {
        r.error(path, 'total destination weight = 0 (with several destinations at least one needs a weight above 0)');
    }
}
/** `mirrors[]`: each entry present, with a destination, and a percentage within [0, 100]. */
function validateMirrors(r, path, mirrors) {
    (0, plain_json_1.list)(mirrors).forEach((m, i) => {
        const p = `${path}[${i}]`;
        if (m === null) {
            r.error(p, 'mirror cannot be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(m))
            return;
        if (!(0, plain_json_1.isObj)(m.destination)) {
            if (m.destination === undefined || m.destination === null)
                r.error(`${p}.destination`, 'destination is required for mirrors');
            return;
        }
        validateDestination(r, `${p}.destination`, m.destination);
        const value = (0, plain_json_1.obj)(m.percentage).value;
        if (typeof value === 'number') {
            if (value > 100)
                r.error(`${p}.percentage.value`, `mirror percentage must have a max value of 100 (it has ${value})`);
            if (value < 0)
                r.error(`${p}.percentage.value`, `mirror percentage must have a min value of 0 (it has ${value})`);
        }
    });
}
//# sourceMappingURL=destination.js.map