/**
 * Text put into the pages the add-on builds as strings (the settings and export dialogs).
 * Every value goes through escapeHtml, in element text and in quoted attributes alike: a
 * kelurahan or file name typed by a volunteer is never read as markup.
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
