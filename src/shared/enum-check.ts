/** Runtime enum checks for input from plain JavaScript (or other jsii languages), where the type system is absent. */

/** True when `value` is one of the enum's values. */
export function isEnumValue(values: object, value: unknown): boolean {
  return Object.values(values).includes(value);
}

/** The allowed members of an enum as text for error messages, e.g. `MtlsMode.STRICT or MtlsMode.PERMISSIVE`. */
export function enumChoices(enumName: string, values: object): string {
  const names = Object.keys(values).map((k) => `${enumName}.${k}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}
