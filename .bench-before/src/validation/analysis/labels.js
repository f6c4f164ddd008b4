"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LabelIndex = void 0;
exports.matchesSelector = matchesSelector;
exports.isEmptyMap = isEmptyMap;
exports.selectorString = selectorString;
function matchesSelector(selector, labels) {
    for (const key in selector) {
        if (labels[key] !== selector[key])
            return false;
    }
    return true;
}
function isEmptyMap(map) {
    for (const _ in map)
        return false;
    return true;
}
/** `app=reviews,version=v2` as Kubernetes prints a selector (keys sorted). */
function selectorString(selector) {
    return Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(',');
}
class LabelIndex {
    labelsOf;
    namespaces = new Map();
    constructor(labelsOf) {
        this.labelsOf = labelsOf;
    }
    add(namespace, item) {
        let bucket = this.namespaces.get(namespace);
        if (!bucket) {
            bucket = { all: [], byPair: new Map() };
            this.namespaces.set(namespace, bucket);
        }
        bucket.all.push(item);
        const labels = this.labelsOf(item);
        for (const key in labels) {
            let values = bucket.byPair.get(key);
            if (!values)
                bucket.byPair.set(key, values = new Map());
            const list = values.get(labels[key]);
            if (list)
                list.push(item);
            else
                values.set(labels[key], [item]);
        }
    }
    hasNamespace(namespace) {
        return this.namespaces.has(namespace);
    }
    inNamespace(namespace) {
        return this.namespaces.get(namespace)?.all ?? [];
    }
    /** Items in the namespace whose labels contain the selector; an empty selector selects them all. */
    select(namespace, selector) {
        const bucket = this.namespaces.get(namespace);
        if (!bucket)
            return [];
        let smallest;
        for (const key in selector) {
            const list = bucket.byPair.get(key)?.get(selector[key]);
            if (!list)
                return [];
            if (!smallest || list.length < smallest.length)
                smallest = list;
        }
        if (!smallest)
            return bucket.all.slice();
        const out = [];
        for (const item of smallest) {
            if (matchesSelector(selector, this.labelsOf(item)))
                out.push(item);
        }
        return out;
    }
    /** The namespaces holding items, for lookups across all of them. */
    get namespaceNames() {
        return this.namespaces.keys();
    }
    /** Like `select`, but stops at the first match. */
    selectsAny(namespace, selector, accept = () => true) {
        const bucket = this.namespaces.get(namespace);
        if (!bucket)
            return false;
        let smallest;
        for (const key in selector) {
            const list = bucket.byPair.get(key)?.get(selector[key]);
            if (!list)
                return false;
            if (!smallest || list.length < smallest.length)
                smallest = list;
        }
        for (const item of smallest ?? bucket.all) {
            if (matchesSelector(selector, this.labelsOf(item)) && accept(item))
                return true;
        }
        return false;
    }
}
exports.LabelIndex = LabelIndex;
//# sourceMappingURL=labels.js.map