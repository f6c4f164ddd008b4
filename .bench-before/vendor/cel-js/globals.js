"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESERVED = exports.MIN_INT = exports.MAX_INT = exports.MAX_UINT = exports.MIN_UINT = exports.arrayFrom = exports.isArray = exports.objEntries = exports.objFreeze = exports.objKeys = exports.hasOwn = void 0;
exports.isAsync = isAsync;
exports.hasOwn = Object.hasOwn;
exports.objKeys = Object.keys;
exports.objFreeze = Object.freeze;
exports.objEntries = Object.entries;
exports.isArray = Array.isArray;
exports.arrayFrom = Array.from;
exports.MIN_UINT = 0n;
exports.MAX_UINT = 18446744073709551615n;
exports.MAX_INT = 9223372036854775807n;
exports.MIN_INT = -9223372036854775808n;
function isAsync(fn, fallback) {
    if (fn?.[Symbol.toStringTag] === 'AsyncFunction')
        return true;
    return typeof fallback === 'boolean' ? fallback : true;
}
exports.RESERVED = new Set([
    'as',
    'break',
    'const',
    'continue',
    'else',
    'for',
    'function',
    'if',
    'import',
    'let',
    'loop',
    'package',
    'namespace',
    'return',
    'var',
    'void',
    'while',
    '__proto__',
    'prototype'
]);
