import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue, scopesOfDoc } from './scope-catalogue';
import { allowedBy, interfacesOf, requiredScopes } from './scopes';

const FILE = join(__dirname, 'scopes.json');
const pinned = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies['gas-types-detailed'];

describe('scope catalogue (gas-types-detailed)', () => {
  it('is pinned to one exact version', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('scopes.json is what the installed package says (UPDATE_SCOPES=1 rewrites it)', () => {
    const fresh = readCatalogue();
    if (process.env.UPDATE_SCOPES === '1') writeFileSync(FILE, `${JSON.stringify(fresh)}\n`);
    expect(fresh.source).toBe(`gas-types-detailed@${pinned}`);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(fresh);
  });

  it('knows the members the issue names, by declaring interface', () => {
    expect(requiredScopes('Base.Session.getActiveUser')).toEqual(['https://www.googleapis.com/auth/userinfo.email']);
    expect(requiredScopes('Drive.DriveApp.createFile')).toEqual(['https://www.googleapis.com/auth/drive']);
    expect(requiredScopes('Spreadsheet.Range.setValues')).toEqual([
      'https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(requiredScopes('Spreadsheet.Range.noSuchMethod')).toEqual([]);
    expect(requiredScopes('Lock.LockService.getDocumentLock')).toEqual([]);
  });

  it('a call is allowed when any listed scope is granted, or none is listed', () => {
    const granted = new Set(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(allowedBy('Spreadsheet.Range.setValues', granted)).toBe(true);
    expect(allowedBy('Base.Session.getActiveUser', granted)).toBe(false);
    expect(allowedBy('Utilities.Utilities.formatDate', granted)).toBe(true);
  });

  it('maps a fake class label to its qualified interfaces', () => {
    expect(interfacesOf('Range')).toEqual(['Document.Range', 'Spreadsheet.Range']);
    expect(interfacesOf('DriveApp')).toEqual(['Drive.DriveApp']);
    expect(interfacesOf('Drive.File')).toEqual(['Drive.File']);
  });

  it('reads an Authorization block, and nothing from a comment without one', () => {
    const doc = `/**
       * Authorization:
       *
       * Scripts that use this method require authorization with one or more of the following scopes or appropriate scopes from the related REST API:
       * - https://www.googleapis.com/auth/a
       * - https://www.googleapis.com/auth/b
       *
       * https://developers.google.com/apps-script/reference/x
       */`;
    expect(scopesOfDoc(doc)).toEqual(['https://www.googleapis.com/auth/a', 'https://www.googleapis.com/auth/b']);
    expect(scopesOfDoc('/** Returns the thing. */')).toEqual([]);
  });
});
