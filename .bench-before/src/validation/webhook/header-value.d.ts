/**
 * Header values as istiod checks them (header_value_validator.go): no control characters, and Envoy's
 * substitution-format syntax (`%%` for a literal percent, `%NAME%`, `%NAME(arg)%`, `%NAME(["a","b"])%`).
 */
/** istiod's ValidateHeaderValue; undefined when Envoy accepts the value. */
export declare function headerValueError(value: string): string | undefined;
