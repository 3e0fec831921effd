import { describe, expect, it } from 'vitest';
import { validateDataset, type ValidationIssue } from './validate';
import { exportDatasetText } from '../formats/export';
import { seedJson } from '../../../test/fixtures';

/* The dataset's own words for the about page: optional, strict, and held to the text and link rules of the rest. */

function withAbout(about: unknown): unknown {
  return { ...(seedJson() as object), about };
}

function issuesOf(dataset: unknown): ValidationIssue[] {
  const result = validateDataset(dataset);
  if (result.ok) throw new Error('Expected the dataset to be rejected, but it was accepted');
  return result.issues;
}

describe('the dataset’s about section', () => {
  it('is optional', () => {
    const { about: _about, ...rest } = seedJson() as { about?: unknown };
    expect(validateDataset(rest).ok).toBe(true);
  });

  it('takes a license, methodology, update frequency and corrections, paragraphs allowed', () => {
    const result = validateDataset(
      withAbout({
        license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
        methodology: 'First paragraph.\n\nSecond paragraph.',
        updateFrequency: 'Every weekday.',
        corrections: { text: 'Write to us.', url: 'https://example.org/corrections' },
      }),
    );
    expect(result.ok && result.data.about).toEqual({
      license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      methodology: 'First paragraph.\n\nSecond paragraph.',
      updateFrequency: 'Every weekday.',
      corrections: { text: 'Write to us.', url: 'https://example.org/corrections' },
    });
  });

  it('refuses a misspelt key, naming it', () => {
    const issues = issuesOf(withAbout({ methodolgy: 'Typo.' }));
    expect(issues).toEqual([expect.objectContaining({ path: 'about', message: expect.stringMatching(/methodolgy/) })]);
  });

  it('refuses a link that is not http(s) and a license without a name', () => {
    const issues = issuesOf(
      withAbout({ license: { url: 'javascript:alert(1)' }, corrections: { text: 'Ok.', url: 'ftp://x.org/' } }),
    );
    const at = (path: string) => issues.find((issue) => issue.path === path)?.message;
    expect(at('about.license.url')).toBe('Must be a full http:// or https:// URL');
    expect(at('about.license.name')).toMatch(/expected string/i);
    expect(at('about.corrections.url')).toBe('Must be a full http:// or https:// URL');
  });

  it('refuses empty text and hidden characters, as everywhere else', () => {
    const issues = issuesOf(withAbout({ methodology: '   ', updateFrequency: 'Daily\u202e.' }));
    expect(issues.find((i) => i.path === 'about.methodology')?.message).toBe('Must not be empty');
    expect(issues.find((i) => i.path === 'about.updateFrequency')?.message).toMatch(
      /U\+202E RIGHT-TO-LEFT OVERRIDE, at position 6/,
    );
  });

  it('refuses corrections without their text', () => {
    const issues = issuesOf(withAbout({ corrections: { url: 'https://example.org/' } }));
    expect(issues.map((i) => i.path)).toEqual(['about.corrections.text']);
  });

  it('is written back right after the revision, where the seed keeps it, before the headlines', () => {
    const result = validateDataset(seedJson());
    if (!result.ok) throw new Error('The seed must validate');
    const keys = Object.keys(JSON.parse(exportDatasetText(result.data)) as object);
    expect(keys.slice(keys.indexOf('revision'), keys.indexOf('revision') + 4)).toEqual([
      'revision',
      'about',
      'headlines',
      'sources',
    ]);
  });
});
