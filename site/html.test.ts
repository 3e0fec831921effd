import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('leaves plain text as it is', () => {
    expect(escapeHtml('Nagorno-Karabakh: blockade and offensive')).toBe('Nagorno-Karabakh: blockade and offensive');
  });

  it('escapes the ampersand', () => {
    expect(escapeHtml('Red Cross & Red Crescent')).toBe('Red Cross &amp; Red Crescent');
  });

  it('escapes angle brackets, so text cannot open a tag', () => {
    expect(escapeHtml('</title><script>')).toBe('&lt;/title&gt;&lt;script&gt;');
  });

  it('escapes double quotes, so text cannot close an attribute', () => {
    expect(escapeHtml('a" onload="x')).toBe('a&quot; onload=&quot;x');
  });

  it('escapes single quotes', () => {
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });

  it('escapes an ampersand once, before the entities it writes', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
