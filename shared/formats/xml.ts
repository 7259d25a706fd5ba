import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError, positionAt } from './formatError.js';
import { MAX_INPUT_CHARS, MAX_XML_DEPTH, formatSize } from './limits.js';

/** One element of a parsed XML document, with namespaces resolved. */
export interface XmlElement {
  /** Qualified name as written, e.g. "min:administrativeStatus". */
  name: string;
  /** Local name, e.g. "administrativeStatus". */
  local: string;
  /** Namespace URI; "" when the element is in no namespace. */
  ns: string;
  /** Attributes by qualified name as written ("id", "xml:lang"); xmlns declarations left out. */
  attrs: Record<string, string>;
  /** Child elements and text (adjacent text and CDATA merged); comments and PIs dropped. */
  children: (XmlElement | string)[];
  /** 1-based position of the element's "<". */
  line: number;
  column: number;
}

/** The namespace of `xml:lang` and `xml:space`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const NO_FURTHER = 'stop';

/** Streaming hooks for big files: hand over selected subtrees instead of keeping them. */
export interface XmlParseOptions {
  /**
   * Asked for each element when its start tag has been read (no children yet;
   * `ancestors` from the root down). Returning true detaches the element: it
   * is not added to its parent, and `onDetached` receives it once complete.
   * A 100 MB glossary then never exists as one tree, which keeps memory and
   * garbage collection flat.
   */
  detach?: (el: XmlElement, ancestors: readonly XmlElement[]) => boolean;
  onDetached?: (el: XmlElement) => void;
}

/**
 * What {@link scanXml} reports, in document order. `open` receives saxes's tag
 * (namespaces resolved) and, for {@link tagPosition}, where the start tag
 * ended: keeping those three numbers instead of a line and column lets a
 * streaming reader find an element's position only when it has to report it.
 */
export interface XmlEvents {
  open(tag: SaxesTagNS, end: number, line: number, column: number): void;
  close(): void;
  /** Text and CDATA, in pieces as they come (adjacent pieces belong together). */
  text(text: string): void;
}

/**
 * The checks every XML reader makes before parsing (size limit, "starts with
 * <"), and the text without its byte order mark: the text that {@link scanXml}
 * and {@link tagPosition} then work on.
 */
export function prepareXml(text: string, file: string): string {
  if (text.length > MAX_INPUT_CHARS) {
    throw new FormatError(
      file,
      `the document is ${formatSize(text.length)}, more than the ${formatSize(MAX_INPUT_CHARS)} limit`,
      {
        hint: 'Split it into smaller files',
      },
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.search(/\S/);
  if (first >= 0 && text[first] !== '<') {
    const { line, column } = positionAt(text, first);
    throw new FormatError(file, 'this is not XML: the file does not start with "<"', {
      line,
      column,
      hint: 'Check that you chose the right file, or give it the extension of its real format',
    });
  }
  return text;
}

/**
 * 1-based position of an element's "<", from what {@link XmlEvents.open}
 * received. At that event saxes has read the whole start tag, and "<" cannot
 * occur inside it (attribute values must escape it).
 */
export function tagPosition(
  text: string,
  end: number,
  endLine: number,
  endColumn: number,
): { line: number; column: number } {
  const offset = Math.max(0, text.lastIndexOf('<', end - 1));
  let line = endLine;
  for (let i = offset; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line--;
  }
  // A start tag on one line: saxes's column gives the answer without scanning back to the line start,
  // which would be quadratic on one-line documents such as Word's document.xml.
  if (line === endLine) return { line, column: endColumn - (end - offset) + 1 };
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return { line, column: offset - lineStart + 1 };
}

/** A DOCTYPE that only names an external DTD: `name SYSTEM "uri"` or `name PUBLIC "id" "uri"`, no `[…]`. */
const EXTERNAL_DOCTYPE =
  /^\s*[^\s[>]+(?:\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*')))?\s*$/u;

/**
 * Streams an XML document's elements and text to `events` without building
 * anything: the base of {@link parseXml} and of readers of big files (TBX)
 * that build their own model straight from the events. `text` comes from
 * {@link prepareXml}. Strict as parseXml is: malformed XML, undefined
 * entities, a DOCTYPE with an internal subset and nesting deeper than MAX_XML_DEPTH are refused
 * with a FormatError naming the file, line and column. An exception thrown by
 * a handler stops the scan and propagates as it is.
 */
export function scanXml(text: string, file: string, events: XmlEvents): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: FormatError | undefined;
  let depth = 0;

  const fail = (problem: string, hint: string, line: number, column: number): never => {
    failure = new FormatError(file, problem, { line, column: Math.max(1, column), hint });
    throw new Error(NO_FURTHER);
  };

  parser.on('doctype', (doctype) => {
    // A bare reference to an external DTD (OmegaT writes <!DOCTYPE tmx SYSTEM "tmx11.dtd"> in every
    // TMX, TBX-2008 files name TBXcoreStructV02.dtd) declares nothing here: the DTD is never fetched
    // and entities outside the predefined five still fail. Only an internal subset can declare any.
    if (EXTERNAL_DOCTYPE.test(doctype)) return;
    const start = Math.max(0, text.lastIndexOf('<!DOCTYPE', parser.position));
    const at = positionAt(text, start);
    const declaresEntities = /<!ENTITY/i.test(text.slice(start, parser.position));
    fail(
      declaresEntities
        ? 'the file declares a DTD with entities (<!DOCTYPE … <!ENTITY …>); entity declarations are refused for safety'
        : 'the file declares a DTD inside it (<!DOCTYPE … [ … ]>); internal DTDs are refused for safety',
      'Remove the <!DOCTYPE …> declaration and write characters directly or as &#…; references',
      at.line,
      at.column,
    );
  });
  // Only five handlers on purpose: saxes adds each handler as a new property of
  // the parser, and from the seventh on V8 switches the parser to slow
  // dictionary properties, making parsing about five times slower. Errors
  // are therefore caught as exceptions rather than through an "error" handler.
  parser.on('opentag', (tag) => {
    // saxes sends closetag for self-closing tags too, so every open is matched.
    if (++depth > MAX_XML_DEPTH) {
      const at = tagPosition(text, parser.position, parser.line, parser.column);
      fail(
        `elements are nested more than ${MAX_XML_DEPTH} deep`,
        'This is not a glossary or XLIFF file the app can read',
        at.line,
        at.column,
      );
    }
    events.open(tag, parser.position, parser.line, parser.column);
  });
  parser.on('closetag', () => {
    depth--;
    events.close();
  });
  const onText = (t: string): void => events.text(t);
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure;
    // saxes throws a plain Error whose message starts "line:column: ".
    if (err instanceof Error && err.constructor === Error && /^\d+:\d+: /.test(err.message)) {
      const message = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
      throw new FormatError(file, `malformed XML: ${message}`, {
        line: parser.line,
        column: Math.max(1, parser.column),
        hint: 'Fix the XML at this position (an XML editor or validator shows more)',
        cause: err,
      });
    }
    throw err;
  }
  if (failure) throw failure;
}

/**
 * Parses an XML document into a light tree. Strict: malformed XML, undefined
 * entities and a DOCTYPE with an internal subset (hence any ENTITY declaration) are refused
 * with a FormatError naming the file, line and column. Entities are never
 * expanded beyond the five predefined ones and numeric character references,
 * so "billion laughs" style files cost nothing.
 */
export function parseXml(text: string, file: string, options: XmlParseOptions = {}): XmlElement {
  text = prepareXml(text, file);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // Parallel to `stack`: whether each open element is detached.
  const detached: boolean[] = [];
  const { detach, onDetached } = options;

  scanXml(text, file, {
    open(tag, end, endLine, endColumn) {
      const at = tagPosition(text, end, endLine, endColumn);
      const element: XmlElement = {
        name: tag.name,
        local: tag.local,
        ns: tag.uri,
        attrs: {},
        children: [],
        line: at.line,
        column: at.column,
      };
      for (const [qname, attr] of Object.entries(tag.attributes)) {
        if (qname === 'xmlns' || attr.prefix === 'xmlns') continue;
        element.attrs[qname] = attr.value;
      }
      const parent = stack[stack.length - 1];
      const isDetached = parent !== undefined && detach !== undefined && detach(element, stack);
      if (!parent) root = element;
      else if (!isDetached) parent.children.push(element);
      stack.push(element);
      detached.push(isDetached);
    },
    close() {
      const element = stack.pop();
      if (detached.pop() && element && onDetached) onDetached(element);
    },
    text(t) {
      const parent = stack[stack.length - 1];
      if (!parent) return;
      const last = parent.children.length - 1;
      if (typeof parent.children[last] === 'string') parent.children[last] += t;
      else parent.children.push(t);
    },
  });
  if (!root)
    throw new FormatError(file, 'the file contains no XML element', { hint: 'Check that you chose the right file' });
  return root;
}

/** Child elements of `el`, optionally only those with local name `local` (any namespace). */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** First child element with local name `local`. */
export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
  return undefined;
}

/** All text inside `el`, markup removed. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}

// Characters XML 1.0 cannot carry at all, even as references.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for element content. Characters XML 1.0 cannot represent
 * (control characters, lone surrogates) are dropped; \r is kept as a reference
 * because parsers would otherwise turn \r\n into \n.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes text for a double-quoted attribute value (line breaks and tabs kept as references so they survive normalisation). */
export function escapeAttr(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"\n\r\t]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\n':
        return '&#10;';
      case '\r':
        return '&#13;';
      default:
        return '&#9;';
    }
  });
}
