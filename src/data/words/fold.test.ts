import { describe, expect, it } from 'vitest';
import { openingWords } from './fold';

describe('openingWords', () => {
  it('leaves a short text whole', () => {
    expect(openingWords('Morning briefing.')).toBeNull();
  });

  it('leaves a text whole when folding would hide only a few characters', () => {
    expect(openingWords('a'.repeat(80), 70)).toBeNull();
  });

  it('cuts a long text at the last word boundary before the limit', () => {
    const text = 'Counted from the hospital registers of three towns and from the lists of names the families gave.';
    expect(openingWords(text, 40)).toBe('Counted from the hospital registers of');
  });

  it('cuts a text without spaces at the limit', () => {
    expect(openingWords('x'.repeat(100), 40)).toBe('x'.repeat(40));
  });

  it('never cuts a character written as two code units in half', () => {
    const text = `${'x'.repeat(39)}${'😀'.repeat(40)}`;
    expect(openingWords(text, 40)).toBe('x'.repeat(39));
  });
});
