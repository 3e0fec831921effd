import type { Citation, Source } from '../schema/schema';
import { plural } from './format';

export interface Attribution {
  /** Who made the claim. */
  claimant: string;
  /** The outlet that published it, when it is not the claimant. */
  via?: string;
}

export function attributionOf(
  citation: Pick<Citation, 'claimedBy' | 'publishedBy'>,
  sources: Map<string, Source>,
): Attribution {
  const claimant = sources.get(citation.claimedBy)?.name ?? citation.claimedBy;
  const outlet = sources.get(citation.publishedBy)?.name ?? citation.publishedBy;
  return citation.claimedBy === citation.publishedBy ? { claimant } : { claimant, via: outlet };
}

/** "Zartonk Media via Medya News", or just "Medya News" when they are the same. */
export function attributionText(attribution: Attribution): string {
  return attribution.via ? `${attribution.claimant} via ${attribution.via}` : attribution.claimant;
}

/*
 * One line for a figure backed by several citations: claimants de-duplicated in
 * order, the rest counted, so a badge stays short: "Zartonk Media via Medya
 * News and 2 other sources".
 */
export function attributionLine(attributions: Attribution[], max = 1): string {
  const unique: Attribution[] = [];
  const seen = new Set<string>();
  for (const a of attributions) {
    const key = attributionText(a);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(a);
    }
  }
  if (unique.length === 0) return 'No source';
  const shown = unique.slice(0, Math.max(1, max)).map(attributionText);
  const rest = unique.length - shown.length;
  if (rest === 0) return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `${shown.join(', ')} and ${rest} other ${plural(rest, 'source')}`;
}
