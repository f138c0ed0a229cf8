/** The menu's items as Apps Script calls them: each asks for its scopes first (consent.ts). */
import { withConsent } from './consent';
import * as dialogs from './dialogs';
import * as check from './check';
import * as compare from './compare-sheets';
import * as pdf from './pdf-export';
import * as register from './register-sheets';
import * as setup from './setup';
import * as tables from './tables-sheet';

export const openForm = withConsent('openForm', dialogs.openForm);
export const openSettings = withConsent('openSettings', dialogs.openSettings);
export const setupDataSheet = withConsent('setupDataSheet', setup.setupDataSheet);
export const checkData = withConsent('checkData', check.checkData);
export const makeTables = withConsent('makeTables', tables.makeTables);
export const exportPdf = withConsent('exportPdf', pdf.exportPdf);
export const makeRekap = withConsent('makeRekap', register.makeRekap);
export const compareWithLastRound = withConsent('compareWithLastRound', compare.compareWithLastRound);
