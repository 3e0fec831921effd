import { describe, expect, it } from 'vitest';
import { embedPath, isEmbedPath } from './embed';

describe('embeds', () => {
  it('live under /embed/, apart from the pages that must not be framed', () => {
    expect(embedPath('blockade-duration')).toBe('/embed/figures/blockade-duration');
    expect(isEmbedPath('/embed/figures/blockade-duration')).toBe(true);
    expect(isEmbedPath('/figures/blockade-duration')).toBe(false);
    expect(isEmbedPath('/embedded')).toBe(false);
  });
});
