// Parses Mermaid diagrams with the `mermaid` package's own parser, the one GitHub renders mesh.md with.
// mermaid is ES modules only and sanitizes labels with DOMPurify, which needs a DOM: so this runs as a child process
// of the Jest test (test/graph/mermaid-parse.test.ts), with jsdom's window as the global DOM.
// Input (stdin): a JSON array of { name, text }. Output (stdout): a JSON array of { name, ok, error }.
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { name, text } of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ name, ok: true, type: parsed.diagramType });
  } catch (e) {
    results.push({ name, ok: false, error: String(e?.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results));
