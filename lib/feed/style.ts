/**
 * One constructable stylesheet per CSS text, shared by every shadow root that adopts it (so a
 * thousand shortcuts cost one stylesheet). Where adopting is refused — Firefox content scripts
 * can't hand their own CSSStyleSheet objects to the page's DOM — fall back to a <style>.
 */
const sheets = new Map<string, CSSStyleSheet | null>();

export function adoptStyles(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}
