"use strict";
/** Runtime enum checks for input from plain JavaScript (or other jsii languages), where the type system is absent. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isEnumValue = isEnumValue;
exports.enumChoices = enumChoices;
/** True when `value` is one of the enum's values. */
function isEnumValue(values, value) {
    return Object.values(values).includes(value);
}
/** The allowed members of an enum as text for error messages, e.g. `MtlsMode.STRICT or MtlsMode.PERMISSIVE`. */
function enumChoices(enumName, values) {
    const names = Object.keys(values).map((k) => `${enumName}.${k}`);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}
//# sourceMappingURL=enum-check.js.map