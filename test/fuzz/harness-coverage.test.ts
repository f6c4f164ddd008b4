/**
 * The fuzz harnesses cover the whole public surface: every construct exported from src/index.ts has a target in
 * construct-props.test.ts, and every public static method of an exported class is a target in factory-targets.ts,
 * scope-targets.ts or listed below with the reason it takes no props. A new construct or factory fails here until it
 * is added.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import * as api from '../../src';
import { FACTORY_TARGETS } from './factory-targets';
import { SCOPE_TARGETS } from './scope-targets';

const ROOT = path.join(__dirname, '..', '..');

/** Constructs users do not create themselves (MeshState: `MeshState.of(scope)`, fuzzed in scope-targets.ts). */
const NOT_USER_CONSTRUCTED = new Set(['MeshState']);

/** Public static members that are not methods taking values (constants are read, not called). */
function publicStaticMethods(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        visit(p);
        continue;
      }
      if (!e.name.endsWith('.ts')) continue;
      const sf = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of sf.statements) {
        if (!ts.isClassDeclaration(statement) || !statement.name) continue;
        const methods = statement.members.filter((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m)).filter((m) => {
          const mods = ts.getModifiers(m) ?? [];
          const isStatic = mods.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
          const hidden = mods.some((x) => x.kind === ts.SyntaxKind.PrivateKeyword || x.kind === ts.SyntaxKind.ProtectedKeyword);
          const name = m.name.getText(sf);
          const internal = ts.getJSDocTags(m).some((t) => t.tagName.text === 'internal');
          return isStatic && !hidden && !internal && !name.startsWith('_');
        }).map((m) => m.name.getText(sf));
        out.set(statement.name.text, [...(out.get(statement.name.text) ?? []), ...methods]);
      }
    }
  };
  visit(path.join(ROOT, 'src'));
  return out;
}

const exportedClasses = Object.entries(api).filter(([, v]) => typeof v === 'function' && (v as { prototype?: unknown }).prototype !== undefined);

test('every public construct has a target in construct-props.test.ts', () => {
  const harness = fs.readFileSync(path.join(__dirname, 'construct-props.test.ts'), 'utf8');
  const covered = new Set([...harness.matchAll(/owners: \['([A-Za-z]+)'\]/g)].map((m) => m[1]));
  const constructs = exportedClasses.filter(([, v]) => (v as { prototype: unknown }).prototype instanceof Construct).map(([name]) => name);
  expect(constructs.length).toBeGreaterThan(5);
  expect(constructs.filter((name) => !covered.has(name) && !NOT_USER_CONSTRUCTED.has(name))).toEqual([]);
});

test('every public static method of an exported class is a fuzz target', () => {
  const statics = publicStaticMethods();
  const targets = new Set([...FACTORY_TARGETS.map((t) => t.factory), ...SCOPE_TARGETS.map((t) => t.method)]);
  const publicMethods = exportedClasses.flatMap(([name]) => (statics.get(name) ?? []).map((m) => `${name}.${m}`));
  expect(publicMethods.length).toBeGreaterThan(60);
  expect(publicMethods.filter((m) => !targets.has(m))).toEqual([]);
  // and no target names a method that is gone
  expect([...targets].filter((t) => !publicMethods.includes(t))).toEqual([]);
});
