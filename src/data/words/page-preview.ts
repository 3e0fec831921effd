import type { Dataset, Figure } from '../schema/schema';
import { formatDate } from '../schema/dates';
import { plural, statusLabel } from './format';
import { attributionLine } from './attribution';
import {
  figureAttributions,
  figureDate,
  figureSentence,
  figureStatus,
  figureStatusNote,
  figureValueParts,
  figureValueText,
  indexDataset,
  splitFigures,
} from './figures';

/*
 * What a link to a page says when it is shared: the description a search
 * engine or a chat app shows under the title, and the text of the preview
 * image. Built from the same wording as the page, so a preview never states
 * a number differently from the figure it links to.
 */

/** The text of a preview image, top to bottom. */
export interface PreviewCard {
  /** A small line above the heading: the dataset's title. */
  kicker: string;
  heading: string;
  /** The value, one line per measure, or for the dashboard one line per headline figure. */
  lines: string[];
  /** "Source: Zartonk Media via Medya News". */
  source: string;
  /** "As of 19 September 2023", with the status when it is not simply reported. */
  date: string;
}

export interface PagePreview {
  description: string;
  /** Without a card the page shares the dashboard's image. */
  card?: PreviewCard;
}

/* A dashboard's description and image name at most this many figures; a link preview is a few lines long. */
const PREVIEW_FIGURES = 4;

export function figurePreview(dataset: Dataset, figure: Figure): PagePreview {
  const index = indexDataset(dataset);
  const status = figureStatus(figure, index);
  const asOf = `As of ${formatDate(figureDate(figure, dataset.asOf, index), 'long')}`;
  return {
    description: figureSentence(figure, dataset, index),
    card: {
      kicker: dataset.title,
      heading: figure.label,
      lines: figureValueParts(figure, dataset.asOf, index),
      source: `Source: ${attributionLine(figureAttributions(figure, index), 2)}`,
      date: status && status !== 'reported' ? `${asOf} · ${statusLabel(status)}` : asOf,
    },
  };
}

export function dashboardPreview(dataset: Dataset): PagePreview {
  const index = indexDataset(dataset);
  const { headline } = splitFigures(dataset);
  const shown = headline.slice(0, PREVIEW_FIGURES);
  const more = dataset.figures.length - shown.length;
  const date = formatDate(dataset.asOf, 'long');
  const lines = shown.map((f) => `${f.label}: ${figureValueText(f, dataset.asOf, index)}${figureStatusNote(f, index)}`);
  const rest = more > 0 ? ` And ${more} more ${plural(more, 'figure')}.` : '';
  return {
    description: `${dataset.title}, as of ${date}. ${lines.map((line) => `${line}.`).join(' ')}${rest} Each figure with its source and date.`,
    card: {
      kicker: dataset.region,
      heading: dataset.title,
      lines,
      source: 'Each figure with its source and date',
      date: `As of ${date}`,
    },
  };
}

/*
 * Each kind of page's description, by the name the route table gives it:
 * the table must name one of these, so no page is built without its own.
 */
export const PAGE_PREVIEWS = {
  dashboard: (dataset: Dataset): PagePreview => dashboardPreview(dataset),
  figure: (dataset: Dataset, params: { figureId?: string }): PagePreview => {
    const figure = dataset.figures.find((f) => f.id === params.figureId);
    return figure ? figurePreview(dataset, figure) : PAGE_PREVIEWS.notFound();
  },
  sources: (dataset: Dataset): PagePreview => ({
    description: `Every source and publication behind the figures of ${dataset.title}, with links.`,
  }),
  update: (dataset: Dataset): PagePreview => ({
    description: `Check and apply updates to the data of ${dataset.title}.`,
  }),
  about: (dataset: Dataset): PagePreview => ({
    description: `Where the figures of ${dataset.title} come from: how reports are chosen and entered, what each status means, and the license of the data.`,
  }),
  notFound: (): PagePreview => ({ description: 'There is nothing at this address.' }),
};

export type PreviewName = keyof typeof PAGE_PREVIEWS;
