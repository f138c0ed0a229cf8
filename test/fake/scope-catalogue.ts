/**
 * Reads the scopes each Apps Script member needs from the npm package `gas-types-detailed`
 * (version pinned in package.json): its JSDoc carries the "Authorization" block of Google's
 * reference page for every method that needs one. Parsed with the TypeScript compiler API.
 *
 * This runs in Node only (the scope tests); the fake itself reads the result committed as
 * scopes.json, so no fake pays for parsing 6 MB of declarations. scopes.test.ts fails when
 * scopes.json no longer matches the installed package (UPDATE_SCOPES=1 rewrites it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export interface ScopeCatalogue {
  /** The gas-types-detailed version the catalogue was read from. */
  source: string;
  /** Every scope URL named anywhere, sorted; members refer to them by index. */
  scopes: string[];
  /**
   * 'Namespace.Interface.member' (GoogleAppsScript. left off, e.g. 'Drive.DriveApp.createFile')
   * -> indices into `scopes`: the call is allowed when ANY of them is granted. Overloads
   * are merged (the reference lists one block per overload; they agree in this version).
   * Members without an Authorization block are absent.
   */
  members: Record<string, number[]>;
}

const PACKAGE = 'gas-types-detailed';
const BLOCK = /Authorization:\s*\n[\s*]*Scripts that use this method require authorization with one or more of the following scopes[^:\n]*:[ \t]*\n((?:[ \t]*\*[ \t]*- https:\/\/\S+[ \t]*\n)+)/;

export function packageDir(): string {
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** The scope URLs of one member's doc comment, [] when it has no Authorization block. */
export function scopesOfDoc(text: string): string[] {
  const match = BLOCK.exec(text);
  if (match === null) return [];
  return [...match[1]!.matchAll(/- (\S+)/g)].map((m) => m[1]!);
}

/** The catalogue of every built-in service in the installed package (advanced services have no blocks). */
export function readCatalogue(dir = packageDir()): ScopeCatalogue {
  const byMember = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith('google-apps-script') && f.endsWith('.d.ts')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, path: string[]): void => {
      if (ts.isModuleDeclaration(node)) {
        const inner = [...path, node.name.text];
        if (node.body !== undefined) ts.forEachChild(node.body, (child) => visit(child, inner));
        return;
      }
      if (ts.isInterfaceDeclaration(node)) {
        const owner = [...path.slice(path[0] === 'GoogleAppsScript' ? 1 : 0), node.name.text].join('.');
        for (const member of node.members) {
          if (member.name === undefined || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
          const text = member.getFullText();
          const scopes = scopesOfDoc(text);
          if (scopes.length === 0) {
            // A block this parser cannot read must not pass as "needs no scope".
            if (/^\s*\*\s*Authorization:\s*$/m.test(text)) throw new Error(`${PACKAGE}: unreadable Authorization block of ${owner}.${member.name.text}`);
            continue;
          }
          const key = `${owner}.${member.name.text}`;
          const set = byMember.get(key) ?? new Set<string>();
          for (const scope of scopes) set.add(scope);
          byMember.set(key, set);
        }
        return;
      }
      ts.forEachChild(node, (child) => visit(child, path));
    };
    visit(source, []);
  }
  const scopes = [...new Set([...byMember.values()].flatMap((s) => [...s]))].sort();
  const index = new Map(scopes.map((s, i) => [s, i]));
  const members: Record<string, number[]> = {};
  for (const key of [...byMember.keys()].sort()) members[key] = [...byMember.get(key)!].map((s) => index.get(s)!).sort((a, b) => a - b);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { source: `${PACKAGE}@${version}`, scopes, members };
}
