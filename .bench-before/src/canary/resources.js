"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_RESOURCES = exports.Cpu = void 0;
const cdk8s_1 = require("cdk8s");
/**
 * An amount of CPU. Shaped like cdk8s-plus's `Cpu` (one string field), so `kplus.Cpu.millis(250)` from any
 * cdk8s-plus-NN is accepted too, and the library needs no cdk8s-plus of its own.
 */
class Cpu {
    /** Thousandths of a core, e.g. `Cpu.millis(250)` → "250m". */
    static millis(amount) {
        return new Cpu(`${amount}m`);
    }
    /** Whole or fractional cores, e.g. `Cpu.units(1.5)` → "1.5". */
    static units(amount) {
        return new Cpu(`${amount}`);
    }
    /** The Kubernetes quantity, e.g. "250m" or "2". */
    amount;
    constructor(amount) {
        this.amount = amount;
    }
}
exports.Cpu = Cpu;
/** The resources a version's container gets for each block (cpu, memory) the user leaves out. */
exports.DEFAULT_RESOURCES = {
    cpu: { request: Cpu.millis(100), limit: Cpu.millis(1000) },
    memory: { request: cdk8s_1.Size.mebibytes(128), limit: cdk8s_1.Size.mebibytes(512) },
};
//# sourceMappingURL=resources.js.map