"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeAllOrNothing = writeAllOrNothing;
const fs = __importStar(require("fs"));
/**
 * Writes every file or none: each goes to a temporary file next to its target first, and only when all are
 * written do they replace their targets. If a replacement fails, the ones already replaced are put back (an
 * earlier version restored, a new file removed) before the error is rethrown.
 */
function writeAllOrNothing(dir, files) {
    const suffix = `.tmp-${process.pid}-${Date.now()}`;
    const staged = [];
    const replaced = [];
    try {
        fs.mkdirSync(dir, { recursive: true });
        for (const { file } of files) {
            if (fs.existsSync(file) && !fs.statSync(file).isFile())
                throw new Error(`${file} exists and is not a file`);
        }
        for (const { file, text } of files) {
            fs.writeFileSync(file + suffix, text);
            staged.push(file + suffix);
        }
        for (const { file } of files) {
            const backup = fs.existsSync(file) ? `${file}${suffix}.old` : undefined;
            if (backup)
                fs.renameSync(file, backup);
            try {
                fs.renameSync(file + suffix, file);
            }
            catch (e) {
                if (backup)
                    fs.renameSync(backup, file);
                throw e;
            }
            replaced.push({ file, backup });
        }
    }
    catch (e) {
        for (const { file, backup } of replaced.reverse()) {
            fs.rmSync(file, { force: true });
            if (backup)
                fs.renameSync(backup, file);
        }
        for (const tmp of staged)
            fs.rmSync(tmp, { force: true });
        throw e;
    }
    for (const { backup } of replaced)
        if (backup)
            fs.rmSync(backup, { force: true });
}
//# sourceMappingURL=install-files.js.map