"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_NAMED_PEERS = void 0;
exports.analyzeMeshHostConflicts = analyzeMeshHostConflicts;
const codes_1 = require("./codes");
const hosts_1 = require("./hosts");
const resource_1 = require("./resource");
/** How many peers a finding names before "and N more". */
exports.MAX_NAMED_PEERS = 5;
function isMeshBound(vs) {
    const gateways = (0, resource_1.asArray)(vs.spec.gateways);
    return gateways.length === 0 || gateways.some((g) => g === 'mesh');
}
/** `a.b.c` → `.b.c`, `.c` (and the whole name): the suffixes a `*`-prefixed host can end with, on label boundaries. */
function dotSuffixes(name) {
    const out = [name];
    for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1))
        out.push(name.slice(i));
    return out;
}
/** Mesh-bound uses of hosts exported to every namespace, indexed for wildcard matching in both directions. */
class ExportedEverywhere {
    /** fqdn → uses. */
    exact = new Map();
    /** Dot-aligned suffix (wildcard hosts without their `*`) → uses whose host ends with it. */
    bySuffix = new Map();
    /** `*`-prefixed hosts by the part after `*`, when it starts on a label boundary (`.foo.com`). */
    wildcards = new Map();
    /** Wildcards whose `*` is not a whole label (`*foo.com`): rare, scanned. */
    oddWildcards = [];
    add(use) {
        push(this.exact, use.host, use);
        const bare = use.host.startsWith('*') ? use.host.slice(1) : use.host;
        for (const s of dotSuffixes(bare))
            push(this.bySuffix, s, use);
        if (use.host.startsWith('*')) {
            if (bare === '' || bare.startsWith('.'))
                push(this.wildcards, bare, use);
            else
                this.oddWildcards.push(use);
        }
    }
    /** Uses whose host matches `host` (Istio's host.Name.Matches), excluding exact equality (looked up apart). */
    matching(host, visit) {
        const bare = host.startsWith('*') ? host.slice(1) : host;
        // Exported wildcards covering this host: `*.foo.com` for `a.foo.com` (and `*` for anything).
        for (const s of ['', ...dotSuffixes(bare)])
            for (const u of this.wildcards.get(s) ?? [])
                if (u.host !== host)
                    visit(u);
        for (const u of this.oddWildcards)
            if (u.host !== host && (0, hosts_1.hostCovers)(u.host, host))
                visit(u);
        // This host is a wildcard: exported hosts it covers (`a.foo.com`, `*.a.foo.com` for `*.foo.com`).
        if (host.startsWith('*')) {
            const candidates = bare === '' ? [...this.exact.values()].flat() : bare.startsWith('.') ? this.bySuffix.get(bare) ?? [] :
                [...this.exact.values()].flat();
            for (const u of candidates)
                if (u.host !== host && (0, hosts_1.hostCovers)(host, u.host))
                    visit(u);
        }
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function nameOf(vs) {
    return `${vs.ns}/${vs.name}`;
}
function analyzeMeshHostConflicts(model, out) {
    const everywhere = new ExportedEverywhere();
    const scoped = new Map();
    for (const vs of model.virtualServices) {
        if (!isMeshBound(vs))
            continue;
        const scopes = (0, hosts_1.exportScopes)((0, hosts_1.exportToOf)(vs.spec), vs.ns);
        (0, resource_1.asArray)(vs.spec.hosts).forEach((h, index) => {
            const raw = (0, resource_1.asString)(h);
            if (!raw)
                return;
            const use = { vs, index, host: (0, hosts_1.toFqdn)(vs.ns, raw) };
            if (scopes.includes(hosts_1.EXPORT_ALL))
                everywhere.add(use);
            else
                for (const scope of new Set(scopes))
                    push(scoped, `${scope}/${use.host}`, use);
        });
    }
    const reported = new Set();
    const report = (key, uses) => {
        const byVs = new Map();
        for (const u of uses)
            if (!byVs.has(u.vs))
                byVs.set(u.vs, u);
        if (byVs.size < 2)
            return;
        const names = [...byVs.keys()].map(nameOf).sort();
        for (const [vs, use] of byVs) {
            if (reported.has(vs))
                continue;
            reported.add(vs);
            out.push(vs.finding(codes_1.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS, `spec.hosts[${use.index}]`, conflictMessage(key, vs, names)));
        }
    };
    for (const [host, uses] of everywhere.exact)
        report(`${hosts_1.EXPORT_ALL}/${host}`, uses);
    for (const [key, uses] of scoped) {
        const host = key.slice(key.indexOf('/') + 1);
        const merged = [...uses, ...(everywhere.exact.get(host) ?? [])];
        everywhere.matching(host, (u) => merged.push(u));
        report(key, merged);
    }
}
/** Names at most MAX_NAMED_PEERS other VirtualServices, so that the report grows linearly with the conflict. */
function conflictMessage(key, vs, sortedNames) {
    const self = nameOf(vs);
    const shown = [];
    for (const n of sortedNames) {
        if (shown.length === exports.MAX_NAMED_PEERS)
            break;
        if (n !== self)
            shown.push(n);
    }
    const more = sortedNames.length - 1 - shown.length;
    const peers = shown.join(', ') + (more > 0 ? ` and ${more.toLocaleString('en-US')} more` : '');
    const slash = key.indexOf('/');
    const scope = key.slice(0, slash);
    const where = scope === hosts_1.EXPORT_ALL ? '' : ` for namespace "${scope}"`;
    return `VirtualService ${self} and ${peers} all bind host "${key.slice(slash + 1)}" to the mesh gateway${where}, and ` +
        'Istio keeps only one of them per host: merge their http routes into one VirtualService';
}
//# sourceMappingURL=mesh-host-conflicts.js.map