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
exports.STDIN_NAME = void 0;
exports.expandInputs = expandInputs;
exports.readSource = readSource;
exports.formatBytes = formatBytes;
exports.decodeInput = decodeInput;
exports.readInputFiles = readInputFiles;
exports.sourceName = sourceName;
exports.fileProblem = fileProblem;
/**
 * Finds and reads the CLI's inputs: files, directories (recursively: *.yaml, *.yml, *.json) and stdin. Reading is
 * bounded (a size limit, checked while reading, so `/dev/zero` or an endless pipe stops), directories contribute
 * regular files only (a FIFO named `x.yaml` would block forever), and a file reached twice (named twice, or a
 * directory and a file inside it) is read once. Every problem that makes an input unusable is one message naming it.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const control_chars_1 = require("../validation/util/control-chars");
const manifests_1 = require("../validation/manifests");
exports.STDIN_NAME = '<stdin>';
const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Expands the arguments into the inputs to read, each real file once; messages for the unusable arguments. */
function expandInputs(args) {
    const sources = [];
    const problems = [];
    const seen = new Set();
    const add = (p, fromDirectory) => {
        const real = realPath(p);
        if (seen.has(real))
            return;
        seen.add(real);
        sources.push({ path: p, fromDirectory });
    };
    for (const arg of args) {
        if (arg === '-') {
            sources.push({ path: arg, fromDirectory: false });
            continue;
        }
        let stat;
        try {
            stat = fs.statSync(arg);
        }
        catch (e) {
            problems.push(fileProblem(arg, e));
            continue;
        }
        if (!stat.isDirectory()) {
            add(arg, false);
            continue;
        }
        const found = [];
        try {
            collectManifests(arg, found, new Set());
        }
        catch (e) {
            problems.push(fileProblem(arg, e));
            continue;
        }
        if (found.length === 0)
            problems.push(`${arg}: no .yaml, .yml or .json files in this directory (searched recursively)`);
        for (const f of found)
            add(f, true);
    }
    return { sources, problems };
}
function realPath(p) {
    try {
        return fs.realpathSync(p);
    }
    catch {
        return path.resolve(p); // unreadable: reading it reports the problem
    }
}
function collectManifests(dir, out, seen) {
    const real = fs.realpathSync(dir);
    if (seen.has(real))
        return; // a symlink loop
    seen.add(real);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const p = path.join(dir, e.name);
        const target = e.isSymbolicLink() ? statOrUndefined(p) : e;
        if (target === undefined)
            continue; // a dangling link
        if (target.isDirectory())
            collectManifests(p, out, seen);
        else if (target.isFile() && MANIFEST_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
            out.push(p);
    }
}
function statOrUndefined(p) {
    try {
        return fs.statSync(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Reads one input's bytes, at most `maxBytes` of them. Throws ManifestError for too much data or NUL bytes (found
 * in the first chunk that has one, so `/dev/zero` stops at once), or the file system's error.
 * Returns undefined for a file from a directory that turned out not to be a regular file.
 */
async function readSource(source, maxBytes, stdin) {
    if (source.path === '-')
        return readStream(stdin, exports.STDIN_NAME, maxBytes);
    // O_NONBLOCK: opening a FIFO that replaced a directory's regular file must not wait for a writer.
    const flags = source.fromDirectory ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : fs.constants.O_RDONLY;
    const fd = fs.openSync(source.path, flags);
    try {
        const stat = fs.fstatSync(fd);
        if (source.fromDirectory && !stat.isFile())
            return undefined;
        if (stat.isFile() && stat.size > maxBytes)
            throw tooLarge(source.path, maxBytes);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes - total + 1));
            const n = fs.readSync(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            total = addChunk(chunks, chunk.subarray(0, n), total, source.path, maxBytes);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        fs.closeSync(fd);
    }
}
async function readStream(stream, name, maxBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        total = addChunk(chunks, typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk), total, name, maxBytes);
    }
    return Buffer.concat(chunks, total);
}
function addChunk(chunks, chunk, total, name, maxBytes) {
    if (chunk.includes(0))
        throw new manifests_1.ManifestError(name, 'binary data (contains NUL bytes), not a YAML or JSON manifest');
    if (total + chunk.length > maxBytes)
        throw tooLarge(name, maxBytes);
    chunks.push(chunk);
    return total + chunk.length;
}
function tooLarge(name, maxBytes) {
    return new manifests_1.ManifestError(name, `larger than the input size limit of ${formatBytes(maxBytes)} ` +
        '(raise it with --max-input-size)');
}
/** `268435456` → `256 MiB`; sizes that are not whole MiB or KiB stay in bytes. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes one input's bytes; throws ManifestError for bytes that are not UTF-8. */
function decodeInput(name, bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new manifests_1.ManifestError(name, 'not UTF-8 text (binary data?), not a YAML or JSON manifest');
    }
}
/** Every input of `args` read whole, or the text listing every unusable one (`cdk8s-istio: ` lines). */
async function readInputFiles(args, maxBytes, stdin) {
    const { sources, problems } = expandInputs(args);
    const inputs = [];
    for (const source of sources) {
        const name = sourceName(source);
        try {
            const bytes = await readSource(source, maxBytes, stdin);
            if (bytes !== undefined)
                inputs.push({ name, documents: (0, manifests_1.parseManifests)(decodeInput(name, bytes), name) });
        }
        catch (e) {
            problems.push(e instanceof manifests_1.ManifestError ? e.message : fileProblem(name, e));
        }
    }
    return problems.length > 0 ? problems.map((p) => `cdk8s-istio: ${(0, control_chars_1.escapeControlChars)(p)}\n`).join('') : inputs;
}
/** The name findings and messages use for an input. */
function sourceName(source) {
    return source.path === '-' ? exports.STDIN_NAME : source.path;
}
/** A file-system error as one line that names the path. */
function fileProblem(file, e) {
    const err = e;
    switch (err.code) {
        case 'ENOENT': return `${file}: no such file or directory`;
        case 'EACCES':
        case 'EPERM': return `${file}: permission denied`;
        case 'ELOOP': return `${file}: too many levels of symbolic links`;
        default: return `${file}: cannot be read (${err.code ?? 'error'}: ${err.message})`;
    }
}
//# sourceMappingURL=inputs.js.map