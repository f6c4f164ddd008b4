/** The inputs the graph tests draw: the example app's synth output and the bookinfo-like fixtures. */
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { buildExampleMesh } from '../../src/main';

export function exampleObjects(): object[] {
  const app = Testing.app();
  buildExampleMesh(app);
  return app.charts.flatMap((c) => c.toJson());
}

export function bookinfoObjects(): object[] {
  const text = fs.readFileSync(path.join(__dirname, '../validation/webhook/fixtures/bookinfo.yaml'), 'utf8');
  return parseAllDocuments(text).map((d) => d.toJS() as object).filter((o) => o !== null);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The strings Graphviz drew: the content of every <text> element, entities decoded (it writes `-` as `&#45;`). */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(\w+);/g, (all, name: string) => NAMED_ENTITIES[name] ?? all));
}

/** Hand-written Gateway API canaries over per-version Services (see the comment at the top of the file). */
export function bookinfoGatewayApiObjects(): object[] {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures/bookinfo-gateway-api.yaml'), 'utf8');
  return parseAllDocuments(text).map((d) => d.toJS() as object).filter((o) => o !== null);
}
