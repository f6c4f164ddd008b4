"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Optional = exports.serialize = exports.TypeError = exports.EvaluationError = exports.ParseError = exports.Environment = exports.check = exports.evaluate = exports.parse = void 0;
const errors_js_1 = require("./errors.js");
Object.defineProperty(exports, "ParseError", { enumerable: true, get: function () { return errors_js_1.ParseError; } });
Object.defineProperty(exports, "EvaluationError", { enumerable: true, get: function () { return errors_js_1.EvaluationError; } });
Object.defineProperty(exports, "TypeError", { enumerable: true, get: function () { return errors_js_1.TypeError; } });
const evaluator_js_1 = require("./evaluator.js");
Object.defineProperty(exports, "parse", { enumerable: true, get: function () { return evaluator_js_1.parse; } });
Object.defineProperty(exports, "evaluate", { enumerable: true, get: function () { return evaluator_js_1.evaluate; } });
Object.defineProperty(exports, "check", { enumerable: true, get: function () { return evaluator_js_1.check; } });
Object.defineProperty(exports, "Environment", { enumerable: true, get: function () { return evaluator_js_1.Environment; } });
const serialize_js_1 = require("./serialize.js");
Object.defineProperty(exports, "serialize", { enumerable: true, get: function () { return serialize_js_1.serialize; } });
const optional_js_1 = require("./optional.js");
Object.defineProperty(exports, "Optional", { enumerable: true, get: function () { return optional_js_1.Optional; } });
exports.default = {
    parse: evaluator_js_1.parse,
    evaluate: evaluator_js_1.evaluate,
    check: evaluator_js_1.check,
    Environment: evaluator_js_1.Environment,
    ParseError: errors_js_1.ParseError,
    EvaluationError: errors_js_1.EvaluationError,
    TypeError: errors_js_1.TypeError,
    serialize: serialize_js_1.serialize,
    Optional: optional_js_1.Optional
};
