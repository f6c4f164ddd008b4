"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Environment = exports.UnsignedInt = exports.Duration = void 0;
exports.parse = parse;
exports.evaluate = evaluate;
exports.check = check;
const registry_js_1 = require("./registry.js");
const errors_js_1 = require("./errors.js");
const functions_js_1 = require("./functions.js");
Object.defineProperty(exports, "Duration", { enumerable: true, get: function () { return functions_js_1.Duration; } });
Object.defineProperty(exports, "UnsignedInt", { enumerable: true, get: function () { return functions_js_1.UnsignedInt; } });
const macros_js_1 = require("./macros.js");
const overloads_js_1 = require("./overloads.js");
const type_checker_js_1 = require("./type-checker.js");
const parser_js_1 = require("./parser.js");
const options_js_1 = require("./options.js");
const operators_js_1 = require("./operators.js");
const globalRegistry = (0, registry_js_1.createRegistry)({ enableOptionalTypes: false });
(0, functions_js_1.registerFunctions)(globalRegistry);
(0, overloads_js_1.registerOverloads)(globalRegistry);
(0, macros_js_1.registerMacros)(globalRegistry);
class Environment {
    #registry;
    #evaluator;
    #typeChecker;
    #evalTypeChecker;
    #parser;
    constructor(opts, inherited) {
        this.opts = (0, options_js_1.createOptions)(opts, inherited?.opts);
        this.#registry = (inherited instanceof Environment ? inherited.#registry : globalRegistry).clone(this.opts);
        const childOpts = { registry: this.#registry, opts: this.opts };
        this.#typeChecker = new type_checker_js_1.TypeChecker(childOpts);
        this.#evalTypeChecker = new type_checker_js_1.TypeChecker(childOpts, true);
        this.#evaluator = new Evaluator(childOpts);
        this.#parser = new parser_js_1.Parser(this.opts.limits, this.#registry);
        Object.freeze(this);
    }
    clone(opts) {
        return new Environment(opts, this);
    }
    registerFunction(signature, handler, opts) {
        this.#registry.registerFunctionOverload(signature, handler, opts);
        return this;
    }
    registerOperator(string, handler, opts) {
        this.#registry.registerOperatorOverload(string, handler, opts);
        return this;
    }
    registerType(typename, constructor) {
        this.#registry.registerType(typename, constructor);
        return this;
    }
    registerVariable(name, type, opts) {
        this.#registry.registerVariable(name, type, opts);
        return this;
    }
    registerConstant(name, type, value) {
        this.#registry.registerConstant(name, type, value);
        return this;
    }
    hasVariable(name) {
        return this.#registry.variables.has(name);
    }
    getDefinitions() {
        return this.#registry.getDefinitions();
    }
    check(expression) {
        try {
            return this.#checkAST(this.#parser.parse(expression));
        }
        catch (error) {
            return { valid: false, error };
        }
    }
    #checkAST(ast) {
        try {
            const typeDecl = this.#typeChecker.check(ast, new registry_js_1.RootContext(this.#registry));
            return { valid: true, type: this.#formatTypeForCheck(typeDecl) };
        }
        catch (error) {
            return { valid: false, error };
        }
    }
    #formatTypeForCheck(typeDecl) {
        if (typeDecl.name === `list<dyn>`)
            return 'list';
        if (typeDecl.name === `map<dyn, dyn>`)
            return 'map';
        return typeDecl.name;
    }
    parse(expression) {
        const ast = this.#parser.parse(expression);
        const evaluateParsed = this.#evaluateAST.bind(this, ast);
        evaluateParsed.check = this.#checkAST.bind(this, ast);
        evaluateParsed.ast = ast;
        return evaluateParsed;
    }
    evaluate(expression, context) {
        return this.#evaluateAST(this.#parser.parse(expression), context);
    }
    #evaluateAST(ast, ctx) {
        if (ast.checkedType) {
            return ast.evaluate(this.#evaluator, ast, new registry_js_1.RootContext(this.#registry, ctx));
        }
        else {
            this.#evalTypeChecker.check(ast, (ctx = new registry_js_1.RootContext(this.#registry, ctx)));
            return ast.evaluate(this.#evaluator, ast, ctx);
        }
    }
}
exports.Environment = Environment;
class Evaluator extends operators_js_1.Base {
    constructor(opts) {
        super(opts);
        this.createError = errors_js_1.evaluationError;
    }
    #firstMapElement(coll) {
        if (coll instanceof Map)
            return coll.entries().next().value;
        for (const key in coll)
            return [key, coll[key]];
    }
    debugRuntimeType(value, checkedType) {
        return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value);
    }
    debugTypeDeep(value) {
        const runtimeType = this.debugType(value);
        switch (runtimeType.kind) {
            case 'list': {
                const first = value instanceof Array ? value[0] : value.values().next().value;
                if (first === undefined)
                    return runtimeType;
                return this.registry.getListType(this.debugTypeDeep(first));
            }
            case 'map': {
                const first = this.#firstMapElement(value);
                if (!first)
                    return runtimeType;
                return this.registry.getMapType(runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType, runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType);
            }
            default:
                return runtimeType;
        }
    }
    tryEval(ast, ctx) {
        try {
            const res = this.run(ast, ctx);
            if (res instanceof Promise)
                return res.catch((err) => err);
            return res;
        }
        catch (err) {
            return err;
        }
    }
    run(ast, ctx) {
        return ast.evaluate(this, ast, ctx);
    }
}
const globalEnvironment = new Environment({
    unlistedVariablesAreDyn: true
});
function parse(expression) {
    return globalEnvironment.parse(expression);
}
function evaluate(expression, context) {
    return globalEnvironment.evaluate(expression, context);
}
function check(expression) {
    return globalEnvironment.check(expression);
}
exports.default = {
    parse,
    evaluate,
    check,
    Environment,
    Duration: functions_js_1.Duration,
    UnsignedInt: functions_js_1.UnsignedInt
};
