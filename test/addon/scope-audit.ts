/**
 * The scope audit: every Apps Script member the add-on's source touches, resolved with the
 * TypeScript checker to the interface that declares it (`GoogleAppsScript.Drive.DriveApp.
 * createFile`, not a bare `createFile`), with the scopes Google's reference requires for it
 * (test/fake/scopes.ts). On Apps Script a call none of whose scopes the manifest grants is
 * refused at run time; here it is found before anything runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { requiredScopes } from '../fake/scopes';

export const ROOT = resolve(__dirname, '../..');
const ADDON_CONFIG = join(ROOT, 'src/addon/tsconfig.json');

export interface MemberUse {
  /** 'Namespace.Interface.member' without 'GoogleAppsScript.'. */
  member: string;
  /** 'src/addon/file.ts:line' (first use in that file). */
  at: string;
  /** Scopes the reference lists (any one suffices); [] when none is documented. */
  scopes: string[];
}

/** The manifest's oauthScopes. */
export function manifestScopes(path = join(ROOT, 'appsscript.json')): string[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: string[] }).oauthScopes ?? [];
}

/** 'Spreadsheet.Range' for a declaration inside `declare namespace GoogleAppsScript { namespace Spreadsheet { interface Range`. */
function ownerName(decl: ts.Declaration): string | null {
  const owner = decl.parent;
  if (owner === undefined || !ts.isInterfaceDeclaration(owner)) return null;
  const path = [owner.name.text];
  for (let n: ts.Node | undefined = owner.parent; n !== undefined; n = n.parent) {
    if (ts.isModuleDeclaration(n) && n.name.text !== 'global') path.unshift(n.name.text);
  }
  if (path[0] !== 'GoogleAppsScript') return null;
  return path.slice(1).join('.');
}

/**
 * Every Apps Script member used in the add-on's source (src/addon, src/index.ts) and in
 * `extraFiles`, one entry per member and file. The program is the add-on's own tsconfig,
 * so the types are exactly those the add-on compiles against.
 */
export function appsScriptMembers(extraFiles: string[] = []): MemberUse[] {
  const config = ts.readConfigFile(ADDON_CONFIG, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(ADDON_CONFIG));
  const program = ts.createProgram([...parsed.fileNames, ...extraFiles], parsed.options);
  const checker = program.getTypeChecker();
  const ours = (f: ts.SourceFile): boolean =>
    extraFiles.includes(f.fileName) || f.fileName.startsWith(join(ROOT, 'src/addon/')) || f.fileName === join(ROOT, 'src/index.ts');
  const uses: MemberUse[] = [];
  for (const source of program.getSourceFiles().filter(ours)) {
    const seen = new Set<string>();
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) ? node.name
        : ts.isElementAccessExpression(node) ? node.argumentExpression
          : ts.isBindingElement(node) ? (node.propertyName ?? node.name) : null;
      const symbol = name === null ? undefined : checker.getSymbolAtLocation(name);
      for (const decl of symbol?.declarations ?? []) {
        const owner = ownerName(decl);
        if (owner === null || symbol === undefined) continue;
        const member = `${owner}.${symbol.name}`;
        if (seen.has(member)) continue;
        seen.add(member);
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const file = source.fileName.startsWith(ROOT) ? source.fileName.slice(ROOT.length + 1) : source.fileName;
        uses.push({ member, at: `${file}:${line}`, scopes: requiredScopes(member) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The uses none of whose documented scopes `granted` holds (members with no scopes pass). */
export function violations(uses: MemberUse[], granted: readonly string[]): MemberUse[] {
  return uses.filter((u) => u.scopes.length > 0 && !u.scopes.some((s) => granted.includes(s)));
}
