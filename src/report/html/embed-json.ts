// JSON safe to place inside <script type="application/json">: nothing in it can end the element
// (`</script>`), open a comment (`<!--`) or an entity, and U+2028/9 cannot break older parsers.
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
