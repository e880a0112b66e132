/**
 * Styles compiled for a document, made to work inside a shadow root: custom
 * properties declared on :root would never reach a shadow tree, so they are
 * declared on :host instead.
 */
export function stylesForShadowRoot(css: string): string {
  return css.replace(/:root\b/g, ':host');
}
