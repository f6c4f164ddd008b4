/** Runtime enum checks for input from plain JavaScript (or other jsii languages), where the type system is absent. */
/** True when `value` is one of the enum's values. */
export declare function isEnumValue(values: object, value: unknown): boolean;
/** The allowed members of an enum as text for error messages, e.g. `MtlsMode.STRICT or MtlsMode.PERMISSIVE`. */
export declare function enumChoices(enumName: string, values: object): string;
