"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeDestinations = analyzeDestinations;
const codes_1 = require("./codes");
const hosts_1 = require("./hosts");
const resource_1 = require("./resource");
const plain_json_1 = require("../util/plain-json");
/** A destination inside a VirtualService; its field path is built only when a finding needs it. */
class RouteDestination {
    destination;
    section;
    rule;
    index;
    mirror;
    constructor(destination, section, rule, index, mirror) {
        this.destination = destination;
        this.section = section;
        this.rule = rule;
        this.index = index;
        this.mirror = mirror;
    }
    /** e.g. `spec.http[0].route[1].destination`, `spec.http[0].mirror`, `spec.http[0].mirrors[1].destination`. */
    get path() {
        if (this.section === 'mirror')
            return `spec.http[${this.rule}].mirror`;
        const list = this.section === 'mirrors' ? 'mirrors' : 'route';
        const section = this.section === 'mirrors' ? 'http' : this.section;
        return `spec.${section}[${this.rule}].${list}[${this.index}].destination`;
    }
}
/** Route destinations in Istio's order (tcp, tls, http), then http mirrors. */
function routeDestinations(spec) {
    const out = [];
    for (const section of ['tcp', 'tls', 'http']) {
        (0, resource_1.asArray)(spec[section]).forEach((rule, i) => {
            (0, resource_1.asArray)((0, resource_1.asObject)(rule).route).forEach((route, j) => {
                out.push(new RouteDestination((0, resource_1.asObject)((0, resource_1.asObject)(route).destination), section, i, j, false));
            });
        });
    }
    (0, resource_1.asArray)(spec.http).forEach((rule, i) => {
        const r = (0, resource_1.asObject)(rule);
        if (r.mirror !== undefined)
            out.push(new RouteDestination((0, resource_1.asObject)(r.mirror), 'mirror', i, 0, true));
        (0, resource_1.asArray)(r.mirrors).forEach((m, j) => {
            out.push(new RouteDestination((0, resource_1.asObject)((0, resource_1.asObject)(m).destination), 'mirrors', i, j, true));
        });
    });
    return out;
}
class SubsetTable {
    /** Istio's pairing key (`ns/name` of the host) → subset names, ignoring exportTo as Istio does. */
    byKey = new Map();
    byFqdn = new Map();
    wildcards = [];
    constructor(model) {
        for (const dr of model.destinationRules) {
            const host = (0, resource_1.asString)(dr.spec.host);
            if (!host)
                continue;
            const subsets = new Set();
            for (const s of (0, resource_1.asArray)(dr.spec.subsets)) {
                const name = (0, resource_1.asString)((0, resource_1.asObject)(s).name);
                if (name)
                    subsets.add(name);
            }
            const key = (0, hosts_1.resourceKeyOfHost)(dr.ns, host);
            const known = this.byKey.get(key);
            if (known)
                for (const s of subsets)
                    known.add(s);
            else
                this.byKey.set(key, new Set(subsets));
            const owner = { visibleIn: (0, hosts_1.exportScopes)((0, hosts_1.exportToOf)(dr.spec), dr.ns), fqdn: (0, hosts_1.toFqdn)(dr.ns, host), subsets };
            if (owner.fqdn.startsWith('*'))
                this.wildcards.push(owner);
            const list = this.byFqdn.get(owner.fqdn);
            if (list)
                list.push(owner);
            else
                this.byFqdn.set(owner.fqdn, [owner]);
        }
    }
    defines(namespace, host, subset) {
        if (this.byKey.get((0, hosts_1.resourceKeyOfHost)(namespace, host))?.has(subset))
            return true;
        const fqdn = (0, hosts_1.toFqdn)(namespace, host);
        const visible = (o) => o.visibleIn.includes(hosts_1.EXPORT_ALL) || o.visibleIn.includes(namespace);
        if (this.byFqdn.get(fqdn)?.some((o) => o.subsets.has(subset) && visible(o)))
            return true;
        return this.wildcards.some((o) => o.subsets.has(subset) && visible(o) && (0, hosts_1.hostCovers)(o.fqdn, fqdn));
    }
    /** Subsets defined for the host, for the hint in the message. */
    known(namespace, host) {
        return [...(this.byKey.get((0, hosts_1.resourceKeyOfHost)(namespace, host)) ?? [])];
    }
}
function analyzeDestinations(model, out) {
    const subsets = new SubsetTable(model);
    for (const vs of model.virtualServices) {
        const exportTo = (0, hosts_1.exportToOf)(vs.spec);
        const destinations = routeDestinations(vs.spec);
        for (const d of destinations)
            checkSubset(vs, d, subsets, out);
        for (const d of destinations)
            checkHost(model, vs, exportTo, d, out);
    }
}
function checkSubset(vs, d, subsets, out) {
    const host = (0, resource_1.asString)(d.destination.host);
    const subset = (0, resource_1.asString)(d.destination.subset);
    if (!host || !subset || subsets.defines(vs.ns, host, subset))
        return;
    const known = subsets.known(vs.ns, host);
    const hint = known.length > 0
        ? `the DestinationRule for this host defines ${known.map((s) => `"${s}"`).join(', ')}: use one of them or add the subset`
        : `add a DestinationRule with host "${(0, hosts_1.toFqdn)(vs.ns, host)}" that defines subset "${subset}" (with the pod labels of that version)`;
    out.push(vs.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.subset`, `${d.mirror ? 'mirror ' : ''}destination subset "${subset}" of host "${host}" is not defined by any DestinationRule; ${hint}`));
}
function checkHost(model, vs, exportTo, d, out) {
    const host = (0, resource_1.asString)(d.destination.host);
    if (!host)
        return;
    const entry = model.lookupHost(vs.ns, exportTo, host);
    const what = d.mirror ? 'mirror host' : 'destination host';
    if (!entry) {
        if (!shouldReportMissingHost(model, vs.ns, host))
            return;
        out.push(vs.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.host`, `${what} "${host}" is not a Service or ServiceEntry visible from namespace "${vs.ns}"; ${missingHostHint(model, vs.ns, host)}`));
        return;
    }
    const port = (0, resource_1.asObject)(d.destination.port);
    const numbers = entry.ports.map((p) => p.number);
    if (port.number === undefined) {
        if (entry.ports.length > 1) {
            out.push(vs.finding(codes_1.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED, d.path, `${what} "${host}" exposes several ports (${numbers.join(', ')}); set port.number to the one this route targets`));
        }
        return;
    }
    if (!numbers.includes((0, plain_json_1.toNumber)(port.number))) {
        out.push(vs.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.port.number`, `${what} "${host}" does not expose port ${(0, plain_json_1.toText)(port.number)} (${entry.res.origin} exposes ` +
            `${numbers.length > 0 ? numbers.join(', ') : 'no ports'}); use one of its ports or add the port to it`));
    }
}
/**
 * A host we cannot resolve is only reported when the inputs describe where it should be: its namespace's
 * Services for cluster names, the mesh's ServiceEntries for external names.
 */
function shouldReportMissingHost(model, namespace, host) {
    const target = (0, hosts_1.clusterNamespaceOf)(namespace, host);
    if (target !== undefined)
        return model.holdsServicesOf(target);
    const dotted = nameDotNamespace(host);
    if (dotted && model.holdsServicesOf(dotted.namespace))
        return true;
    return model.hasServiceEntries;
}
function nameDotNamespace(host) {
    const parts = host.split('.');
    return parts.length === 2 && parts[0] && parts[1] ? { name: parts[0], namespace: parts[1] } : undefined;
}
function missingHostHint(model, namespace, host) {
    const dotted = nameDotNamespace(host);
    if (dotted) {
        const fqdn = `${dotted.name}.${dotted.namespace}.svc.cluster.local`;
        if (model.serviceByFqdn.has(fqdn)) {
            return `Istio does not expand "name.namespace" hosts: write "${fqdn}"`;
        }
    }
    if ((0, hosts_1.clusterNamespaceOf)(namespace, host) !== undefined) {
        return `create the Service "${(0, hosts_1.toFqdn)(namespace, host)}" or fix the host name (and check its exportTo)`;
    }
    return 'add a ServiceEntry for it (exported to this namespace) or fix the host name';
}
//# sourceMappingURL=destinations.js.map