/*
 * The submit protocol of DESIGN.md, as an Apps Script file (plain ES2015, no modules), and
 * two broken variants the harness must catch. Run by the concurrency harness's own tests
 * against test/concurrency/mini-fake.ts; not the add-on's code (src/addon is).
 */
var HEADER_ROWS = 1;
var LOCK_MS = 30000;

function dataSheet_() {
  return SpreadsheetApp.getActive().getSheetByName('Data');
}

function readIds_(sheet) {
  var last = sheet.getLastRow();
  if (last <= HEADER_ROWS) return [];
  return sheet.getRange(HEADER_ROWS + 1, 1, last - HEADER_ROWS, 1).getValues().map(function (row) {
    return row[0];
  });
}

function writeRow_(sheet, row) {
  var at = sheet.getLastRow() + 1;
  sheet.getRange(at, 1, 1, row.length).setValues([row]);
  return at;
}

/** The row already holding clientId, or a new row for it. */
function findOrAppend_(input, clientId) {
  var sheet = dataSheet_();
  var found = readIds_(sheet).indexOf(clientId);
  if (found >= 0) return { row: found + HEADER_ROWS + 1, duplicate: true };
  return { row: writeRow_(sheet, [clientId, input.nama]), duplicate: false };
}

/** Right: lock -> read ids -> return the row, or write it -> flush -> release. */
function submitGroup(input, clientId) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(LOCK_MS);
  try {
    var result = findOrAppend_(input, clientId);
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** Broken: no lock, so two executions can append at the same "last row + 1". */
function submitWithoutLock(input, clientId) {
  var result = findOrAppend_(input, clientId);
  SpreadsheetApp.flush();
  return result;
}

/** Broken: the id check happens before the lock, so a concurrent retry is written twice. */
function submitCheckOutsideLock(input, clientId) {
  var sheet = dataSheet_();
  var found = readIds_(sheet).indexOf(clientId);
  if (found >= 0) return { row: found + HEADER_ROWS + 1, duplicate: true };
  var lock = LockService.getDocumentLock();
  lock.waitLock(LOCK_MS);
  try {
    var row = writeRow_(sheet, [clientId, input.nama]);
    SpreadsheetApp.flush();
    return { row: row, duplicate: false };
  } finally {
    lock.releaseLock();
  }
}
