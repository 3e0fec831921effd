import { attributionLine, attributionText, type Attribution } from '../words/attribution';
import { formatDate } from '../schema/dates';
import { revisionPath } from '../schema/permalink';

/*
 * A figure cited as a reader would quote it: the value and its claimant
 * first (credit goes to whoever made the claim, not to the dashboard), then
 * the dashboard, the revision that holds these numbers, the page's address
 * pinned to that revision (so the link keeps showing the numbers cited) and
 * the day it was read.
 */
export interface FigureReference {
  figureId: string;
  label: string;
  /** As the page shows it: "about 120,000 ethnic Armenians". */
  value: string;
  /** Who claimed the value shown, and the outlet that published it. */
  attributions: Attribution[];
  /** The day the value refers to, YYYY-MM-DD. */
  date: string;
  siteName: string;
  datasetTitle: string;
  revision: number;
  /** The page's address, without query or fragment. */
  url: string;
  /** The day the reader read it, YYYY-MM-DD. */
  accessed: string;
}

/** The page's address at the revision cited: "https://…/figures/casualties?revision=3". */
export function citationUrl(ref: Pick<FigureReference, 'url' | 'revision'>): string {
  return revisionPath(ref.url, ref.revision);
}

/** "Population under blockade: about 120,000 ethnic Armenians. Medya News, 19 September 2023. In …". */
export function citationPlain(ref: FigureReference): string {
  const source = attributionLine(ref.attributions, ref.attributions.length);
  return (
    `${ref.label}: ${ref.value}. ${source}, ${formatDate(ref.date, 'long')}. ` +
    `In ${ref.siteName}, “${ref.datasetTitle}”, revision ${ref.revision}. ` +
    `${citationUrl(ref)} (accessed ${formatDate(ref.accessed, 'long')}).`
  );
}

/* Claimants once each, in order: the authors of the number. */
function claimants(ref: FigureReference): string[] {
  return [...new Set(ref.attributions.map((a) => a.claimant))];
}

function outlets(ref: FigureReference): string[] {
  return [...new Set(ref.attributions.map((a) => a.via ?? a.claimant))];
}

/* Braces, backslashes and the characters TeX reads as commands, escaped so a name prints as written. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

export function citationBibtex(ref: FigureReference): string {
  const fields: [string, string][] = [
    // Double braces: an organisation is one name, not a first and last name.
    [
      'author',
      claimants(ref)
        .map((name) => `{${bibtexEscape(name)}}`)
        .join(' and '),
    ],
    ['title', `${bibtexEscape(ref.label)}: ${bibtexEscape(ref.value)}`],
    ['publisher', outlets(ref).map(bibtexEscape).join(' and ')],
    ['howpublished', `${bibtexEscape(ref.siteName)}, ${bibtexEscape(ref.datasetTitle)}`],
    ['date', ref.date],
    ['year', ref.date.slice(0, 4)],
    ['version', String(ref.revision)],
    ['url', citationUrl(ref)],
    ['urldate', ref.accessed],
    ['note', `As reported by ${bibtexEscape(ref.attributions.map(attributionText).join('; '))}`],
  ];
  const key = `${ref.figureId}-r${ref.revision}`;
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

function dateParts(date: string): { 'date-parts': number[][] } {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** One CSL-JSON item (the format Zotero, Pandoc and citation.js read), in an array as those tools expect. */
export function citationCslJson(ref: FigureReference): string {
  const item = {
    id: `${ref.figureId}-r${ref.revision}`,
    type: 'dataset',
    title: `${ref.label}: ${ref.value}`,
    author: claimants(ref).map((literal) => ({ literal })),
    publisher: outlets(ref).join('; '),
    'container-title': `${ref.siteName}: ${ref.datasetTitle}`,
    version: String(ref.revision),
    issued: dateParts(ref.date),
    accessed: dateParts(ref.accessed),
    URL: citationUrl(ref),
    note: `As reported by ${ref.attributions.map(attributionText).join('; ')}`,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
