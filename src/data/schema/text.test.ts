import { describe, expect, it } from 'vitest';
import { findHiddenCharacter, hasLetterOrDigit, hiddenCharacterMessage } from './text';

describe('findHiddenCharacter', () => {
  it('finds a right-to-left override and says where it is', () => {
    expect(findHiddenCharacter('civilians killed \u202E0001\u202C', false)).toEqual({
      position: 18,
      codePoint: 'U+202E',
      name: 'RIGHT-TO-LEFT OVERRIDE',
    });
  });

  it('finds zero-width and filler characters that render as nothing', () => {
    for (const hidden of ['\u200B', '\u2800', '\u3164', '\uFEFF', '\u2066']) {
      expect(findHiddenCharacter(`a${hidden}b`, false)?.position).toBe(2);
    }
  });

  it('finds C0 and C1 controls', () => {
    expect(findHiddenCharacter('a\u0000b', true)?.name).toBe('CONTROL CHARACTER');
    expect(findHiddenCharacter('a\u0085b', true)?.codePoint).toBe('U+0085');
  });

  it('refuses line breaks in a one-line text and allows them where a text may have lines', () => {
    expect(findHiddenCharacter('first\nsecond', false)?.codePoint).toBe('U+000A');
    expect(findHiddenCharacter('first\nsecond\ttabbed', true)).toBeNull();
  });

  it('counts positions in characters, so a letter outside the basic plane counts once', () => {
    expect(findHiddenCharacter('𝐀\u200B', false)?.position).toBe(2);
  });

  it('finds each end of every hidden range, and not the characters just outside', () => {
    const ends = [
      [0x0e, 0x1f],
      [0x7f, 0x9f],
      [0x115f, 0x1160],
      [0x17b4, 0x17b5],
      [0x2060, 0x206f],
      [0xfe00, 0xfe0f],
      [0xfff0, 0xfffb],
    ];
    const at = (code: number) => findHiddenCharacter(`ab${String.fromCodePoint(code)}c`, true)?.position;
    for (const [from, to] of ends) {
      expect([at(from!), at(to!)]).toEqual([3, 3]);
      expect([at(from! - 1), at(to! + 1)]).toEqual([undefined, undefined]);
    }
  });

  it('finds the same characters anywhere in a text, of the basic plane 132 and line breaks only in one-line text', () => {
    let hidden = 0;
    let oneLine = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (findHiddenCharacter(`Zartonk ${char} Media`, true)?.position === 9) hidden++;
      if (findHiddenCharacter(`${char}`, false)?.position === 1) oneLine++;
    }
    expect(hidden).toBe(132);
    expect(oneLine).toBe(135);
  });

  it('passes ordinary text in any script', () => {
    for (const text of ['Zartonk Media', 'Ереван', 'Բաքու', 'Bakı', 'مرحبا', '中文', 'école']) {
      expect(findHiddenCharacter(text, false)).toBeNull();
    }
  });
});

describe('hiddenCharacterMessage', () => {
  it('names the character and its position', () => {
    expect(hiddenCharacterMessage({ position: 3, codePoint: 'U+200B', name: 'ZERO WIDTH SPACE' })).toBe(
      'Contains an invisible or direction-changing character, U+200B ZERO WIDTH SPACE, at position 3: remove it',
    );
  });
});

describe('hasLetterOrDigit', () => {
  it('is true for a name with a letter or a digit', () => {
    expect(hasLetterOrDigit('UN OCHA')).toBe(true);
    expect(hasLetterOrDigit('42')).toBe(true);
  });

  it('is false for punctuation and symbols alone', () => {
    expect(hasLetterOrDigit('—')).toBe(false);
    expect(hasLetterOrDigit('%')).toBe(false);
  });
});
