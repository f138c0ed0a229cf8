/**
 * An XLSForm of the codebook (https://xlsform.org): the sheets `survey`, `choices` and
 * `settings` as rows of text, for KoboToolbox or ODK Collect. Names come from
 * xlsform-names.ts, so an export of this form reads back through header-match.ts; rules come
 * from the codebook (required, whole-number bounds with the survey year, the category lists
 * with a coordinator's own types).
 */
import { CODE_FORMATS, LIST_IDS, SECTION_IDS, TYPE_MEANINGS, type Bound, type Categories, type FieldDef, type ListId, type Settings } from './codebook';
import { inEveryLang } from './i18n';
import type { Lang } from './model';
import { choiceNames, FORM_FIELDS, GROUP_NAMES, questionName, snakeName } from './xlsform-names';

export interface XlsformSheets {
  survey: string[][];
  choices: string[][];
  settings: string[][];
}

const LANGS: readonly { lang: Lang; column: string }[] = [
  { lang: 'id', column: 'Bahasa Indonesia (id)' },
  { lang: 'en', column: 'English (en)' },
];

/** The XLSForm list name of a category list. */
export function listName(id: ListId): string {
  return snakeName(id.replace(/[A-Z]/g, (c) => `_${c}`));
}

const bound = (b: Bound, s: Settings): number => (b === 'surveyYear' ? s.surveyYear : b);

function typeOf(f: FieldDef): string {
  const k = f.kind;
  switch (k.type) {
    case 'integer':
      return 'integer';
    case 'date':
      return 'date';
    case 'category':
      return `select_one ${listName(k.list)}`;
    case 'multi':
      return `select_multiple ${listName(k.list)}`;
    default:
      return 'text';
  }
}

function rule(f: FieldDef, s: Settings): { constraint: string; message: Record<Lang, string>; hint: Record<Lang, string> } | null {
  const k = f.kind;
  if (k.type === 'code') {
    // ODK (Java) and Enketo (JavaScript) regexes both read the codebook's pattern as it is.
    const c = CODE_FORMATS[k.format];
    return {
      constraint: `regex(., '${c.pattern.source}')`,
      message: { id: `Tulis dengan format ${c.shape}, misalnya ${c.example}.`, en: `Write it as ${c.shape}, for example ${c.example}.` },
      hint: { id: `Format ${c.shape}, misalnya ${c.example}.`, en: `Format ${c.shape}, for example ${c.example}.` },
    };
  }
  if (k.type !== 'integer') return null;
  const min = bound(k.min, s);
  const max = bound(k.max, s);
  return {
    constraint: `. >= ${min} and . <= ${max}`,
    message: inEveryLang((w) => w.wholeBetween(min, max)),
    hint: inEveryLang((w) => w.wholeHint(min, max)),
  };
}

function hintOf(f: FieldDef, c: Categories, s: Settings): Record<Lang, string> {
  const r = rule(f, s);
  if (r) return r.hint;
  if (f.id === 'jenisKelompok') {
    return inEveryLang((_w, lang) =>
      c.jenisKelompok.map((t) => (TYPE_MEANINGS[t.label] ? `${t.label}: ${TYPE_MEANINGS[t.label]![lang]}` : t.label)).join('; '),
    );
  }
  if (f.kind.type === 'multi') return inEveryLang((w) => w.chooseSeveral);
  return { id: '', en: '' };
}

export function buildXlsform(c: Categories, s: Settings, title = 'Pendataan Pranata Sosial (WKSBM)'): XlsformSheets {
  const survey: string[][] = [
    ['type', 'name', ...LANGS.map((l) => `label::${l.column}`), ...LANGS.map((l) => `hint::${l.column}`), 'required', 'constraint', ...LANGS.map((l) => `constraint_message::${l.column}`)],
  ];
  // One group per section, in the form's section order (the sidebar's), fields in codebook order within it.
  for (const section of SECTION_IDS) {
    const fields = FORM_FIELDS.filter((f) => f.section === section);
    if (fields.length === 0) continue;
    const label = inEveryLang((w) => w.sections[section]);
    survey.push(['begin_group', GROUP_NAMES[section], label.id, label.en]);
    for (const f of fields) {
      const r = rule(f, s);
      const hint = hintOf(f, c, s);
      survey.push([
        typeOf(f),
        questionName(f),
        f.header,
        f.alias,
        hint.id,
        hint.en,
        f.required ? 'yes' : '',
        r?.constraint ?? '',
        r?.message.id ?? '',
        r?.message.en ?? '',
      ]);
    }
    survey.push(['end_group', '']);
  }
  const choices: string[][] = [['list_name', 'name', ...LANGS.map((l) => `label::${l.column}`)]];
  for (const id of LIST_IDS) {
    const names = choiceNames(c[id]);
    c[id].forEach((cat, i) => choices.push([listName(id), names[i] ?? '', cat.label, cat.label]));
  }
  const settings: string[][] = [
    ['form_title', 'form_id', 'version', 'default_language'],
    [title, 'pranata_wksbm', String(s.surveyYear), LANGS[0]!.column],
  ];
  return { survey, choices, settings };
}
