function selectContents(element: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Copies `text` to the clipboard. Where that is not possible (no clipboard
 * outside a secure context, or permission refused), selects the element
 * `shown` returns, so the reader can copy it by hand; answers false then.
 */
export async function copyOrSelect(text: string, shown: () => HTMLElement | null | undefined): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const element = shown();
    if (element) selectContents(element);
    return false;
  }
}
