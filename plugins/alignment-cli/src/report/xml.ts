// Characters XML 1.0 cannot carry at all, even escaped (most C0 controls,
// lone surrogates, U+FFFE/U+FFFF). They are dropped rather than produce a
// file no JUnit reader will open.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for an XML element's content. */
export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Escapes text for a double-quoted XML attribute. Line breaks and tabs are
 * written as character references, because parsers normalise literal ones
 * in attributes to spaces.
 */
export function xmlAttribute(value: string | number): string {
  return xmlText(String(value))
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Renders `name="value"` pairs, skipping undefined values. */
export function xmlAttributes(
  attributes: Record<string, string | number | undefined>,
): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value!)}"`)
    .join('');
}
