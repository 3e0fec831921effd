import { validateDataset } from '../../src/data/checks/validate';
import { SOURCE_KINDS, type Citation, type Claim, type Dataset, type Source } from '../../src/data/schema/schema';

/*
 * A dataset with as many sources as a real record of a crisis holds, and
 * more: every source, figure, claim and event added here is invented, and
 * every name says so ("Example…" in its own language). Names run long (60
 * characters and more) and come in Armenian, Cyrillic, Azerbaijani with its
 * diacritics and Arabic as well as English; every kind of source is there;
 * every source makes or publishes claims, on one to four figures, and some
 * are cited by events. A few names resemble each other, as when one
 * spokesperson is entered twice. Used by the tests of the sources page and by
 * the benchmark, so both read the same data.
 */

/* Invented names by script; {n} is the source's number, so no two are the same. */
const NAMES = [
  'Example Independent Observatory for Civilian Harm and Displacement in the South Caucasus, Field Office {n}',
  'Օրինակ՝ Մարդասիրական իրավիճակի դիտարկման անկախ կենտրոն {n}',
  'Пример: Независимый центр мониторинга гуманитарной ситуации на Южном Кавказе № {n}',
  'Nümunə: Cənubi Qafqazda humanitar vəziyyətin müşahidəsi üzrə müstəqil mərkəz {n}',
  'مثال: المرصد المستقل للوضع الإنساني في جنوب القوقاز رقم {n}',
  'Example Relief Network {n}',
  'Example Ministry of Emergency Situations, Department for Population Registration {n}',
  'Օրինակ՝ Լրատվական գործակալություն {n}',
  'Пример: Информационное агентство «Кавказ-{n}»',
  'Nümunə: Şəhər icra hakimiyyətinin mətbuat xidməti {n}',
  'مثال: وكالة الأنباء الإقليمية {n}',
  'Example Spokesperson Anahit Petrosyan-Karapetyan for the Regional Emergency Committee {n}',
] as const;

/* Invented figures the generated sources report on; none cumulative, so any two claims may differ freely. */
const FIGURES = [
  'People displaced from their homes',
  'Homes damaged or destroyed',
  'People without running water',
  'Hospitals out of service',
  'People reported missing',
  'Schools used as shelters',
  'Aid lorries let through the corridor',
  'Civilians evacuated to safety',
] as const;

export const MANY_SOURCES_NOTE = 'Invented for tests and the benchmark: no real report.';

const pad = (n: number) => String(n).padStart(3, '0');

/** The sources, citations, figures, claims and events of `withManySources`, for one dataset. */
export function withManySources(dataset: Dataset, count = 150): Dataset {
  const next = structuredClone(dataset);
  const asOf = Date.parse(`${next.asOf}T00:00:00Z`);
  const date = (daysBefore: number) => new Date(asOf - daysBefore * 86_400_000).toISOString().slice(0, 10);

  const figureIds = FIGURES.map((label, i) => {
    const id = `example-figure-${i + 1}`;
    next.figures.push({
      id,
      kind: 'count',
      label: `Example: ${label}`,
      unit: 'people',
      measures: [{ key: 'count', label: label.toLowerCase() }],
      note: MANY_SOURCES_NOTE,
    });
    return id;
  });

  const sources: Source[] = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return {
      id: `example-source-${pad(n)}`,
      name: NAMES[i % NAMES.length]!.replace('{n}', String(n)),
      // Every kind, in turn; 150 sources give each kind 16 or 17.
      kind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
      ...(i % 4 === 0 ? { url: `https://example.org/sources/${n}` } : {}),
    };
  });
  // Look-alikes: the same spokesperson entered again under a shorter name, and an office under its short name.
  sources.push(
    { id: 'example-spokesperson-short', name: 'Anahit Petrosyan-Karapetyan', kind: 'government' },
    { id: 'example-relief-network', name: 'Example Relief Network', kind: 'ngo' },
  );
  next.sources.push(...sources);

  const outlets = sources.filter((s) => s.kind === 'media');
  sources.forEach((source, i) => {
    // Most sources publish their own words; every third is carried by an outlet, which then publishes it.
    const outlet = i % 3 === 0 && source.kind !== 'media' ? outlets[i % outlets.length]! : source;
    const citation: Citation = {
      id: `${source.id}-report`,
      claimedBy: source.id,
      publishedBy: outlet.id,
      title: `Example report ${i + 1}`,
      url: `https://example.org/reports/${i + 1}`,
      publishedOn: date(i % 20),
      note: MANY_SOURCES_NOTE,
    };
    next.citations.push(citation);
    // One to four figures, one to three claims on each: claims made from 1 to 12, so sorting by them means something.
    const figures = 1 + (i % 4);
    const perFigure = 1 + ((i * 7) % 3);
    for (let f = 0; f < figures; f++) {
      const figure = figureIds[(i + f * 3) % figureIds.length]!;
      for (let k = 0; k < perFigure; k++) {
        const claim: Claim = {
          id: `${source.id}-${figure}-${k}`,
          figure,
          date: date(30 - k * 5 - (i % 5)),
          values: [{ measure: 'count', value: 100 * (f + 1) + 7 * i + k, qualifier: i % 2 ? 'about' : 'exact' }],
          status: i % 5 === 0 ? 'alleged' : 'reported',
          citation: citation.id,
        };
        next.claims.push(claim);
      }
    }
  });

  // Five events, each citing a run of the sources.
  for (let e = 0; e < 5; e++) {
    next.events.push({
      id: `example-event-${e + 1}`,
      date: date(10 + e),
      kind: 'humanitarian',
      title: `Example event ${e + 1}: aid convoy held at the checkpoint`,
      description: MANY_SOURCES_NOTE,
      citations: sources.slice(e * 10, e * 10 + 4).map((s) => `${s.id}-report`),
    });
  }

  const result = validateDataset(next);
  if (!result.ok)
    throw new Error(`The dataset with many sources does not validate: ${JSON.stringify(result.issues[0])}`);
  return result.data;
}
