/**
 * A digest message as an .eml file (RFC 5322 + MIME): what MailApp would send,
 * readable by any mail program. Headers carry only our own text and the
 * validated addresses; the subject is encoded and was stripped of line breaks;
 * every header keeps RFC 5322's line limits (at most 78 characters a line).
 */
import { headerSafe } from '../core/base/email';

function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return encoded.replace(/.{1,76}/g, '$&\r\n').trimEnd();
}

/**
 * RFC 5322, 2.1.1: a header line SHOULD be at most 78 characters and MUST be at most 998; longer
 * fields are folded (CRLF and white space) — https://www.rfc-editor.org/rfc/rfc5322#section-2.1.1.
 */
const LINE = 78;
/**
 * RFC 2047, 2: an encoded word is at most 75 characters, and a header line holding one at most 76 —
 * https://www.rfc-editor.org/rfc/rfc2047#section-2.
 */
const WORD = 75;
const ENCODED_LINE = 76;
const FOLD = '\r\n ';

/** The UTF-8 bytes an encoded word of at most `room` characters holds: `=?UTF-8?B?` + base64 + `?=`, whole base64 quanta. */
function wordBytes(room: number): number {
  return 3 * Math.floor((Math.min(room, WORD) - '=?UTF-8?B??='.length) / 4);
}

/**
 * Text as RFC 2047 encoded words (B, UTF-8), never splitting a character: the first fits in `firstRoom`
 * characters (what is left of the header's first line), each further one on its own folded line.
 * A reader joins adjacent encoded words without the white space between them (RFC 2047, 6.2), so the
 * text decodes exactly, spaces included.
 */
export function encodeHeaderWords(text: string, firstRoom = WORD): string[] {
  const words: string[] = [];
  let limit = wordBytes(firstRoom);
  let chunk = '';
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > limit && chunk !== '') {
      words.push(chunk);
      chunk = '';
      bytes = 0;
      limit = wordBytes(ENCODED_LINE - 1); // a folded line: one space, then the word
    }
    chunk += ch;
    bytes += size;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** Printable ASCII that no reader would take for an encoded word (`=?`): safe to send as it is. */
function plainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
}

/** An unstructured field (the subject): as it is when it is plain and fits one line, else as encoded words on folded lines. */
export function unstructuredHeader(name: string, value: string): string {
  const head = `${name}: `;
  if (plainAscii(value) && head.length + value.length <= LINE) return `${head}${value}`;
  return `${head}${encodeHeaderWords(value, ENCODED_LINE - head.length).join(FOLD)}`;
}

/** An address list, folded after its commas (RFC 5322, 3.4): one address a line at worst, and an address is at most 254 characters. */
export function addressListHeader(name: string, addresses: string[]): string {
  let line = `${name}:`;
  const lines: string[] = [];
  addresses.forEach((address, index) => {
    const part = index < addresses.length - 1 ? `${address},` : address;
    if (line.length + 1 + part.length > LINE && line.trim() !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${part}`;
  });
  lines.push(line);
  return lines.join('\r\n');
}

/** A line folded at its spaces (RFC 5322, 2.2.3: folding inserts CRLF before white space), each line at most 78 where a space allows. */
function foldAtSpaces(line: string): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > LINE) {
      lines.push(current);
      current = ` ${word}`;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/**
 * The From field, `Display name <address>` or a bare address (--from): a display name that is not plain
 * ASCII words (Japanese, a comma or quote that would change the mailbox list), or would not fit, is sent as
 * encoded words (RFC 2047, 5(3): allowed as words of a phrase); the address stays as it is.
 */
export function mailboxHeader(name: string, mailbox: string): string {
  const head = `${name}: `;
  const match = mailbox.match(/^(.*?)\s*<([^<>]*)>$/);
  if (!match) return foldAtSpaces(`${head}${mailbox}`);
  const [, phrase, address] = match;
  const angle = `<${address}>`;
  if (phrase === '') return `${head}${angle}`;
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(phrase) && !phrase.includes('=?') && head.length + phrase.length + 1 + angle.length <= LINE)
    return `${head}${phrase} ${angle}`;
  const words = encodeHeaderWords(phrase, ENCODED_LINE - head.length);
  const last = words.length === 1 ? head.length + words[0].length : 1 + words[words.length - 1].length;
  return `${head}${words.join(FOLD)}${last + 1 + angle.length <= ENCODED_LINE ? ' ' : FOLD}${angle}`;
}

function rfc2822Date(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

export interface EmlInput {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  date: Date;
  messageId: string;
  /** One file attached (the round's request workbook); without it the message is as the digest has always written it. */
  attachment?: { name: string; type: string; bytes: Uint8Array };
  /**
   * A message to be sent from the user's own mail program (the round's requests): marked `X-Unsent: 1`, which
   * Outlook and Thunderbird open as a draft to send rather than a message received; with `from` '' it names no
   * sender (the mail program fills in the account it is sent from, where the answers then return), else
   * `Reply-To` is the sender too.
   */
  draft?: boolean;
}

/** A file name as an RFC 2231 parameter (filename*=UTF-8''…): any name, Japanese included, percent-encoded. */
function rfc2231(name: string): string {
  return `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function buildEml(input: EmlInput): string {
  const boundary = `shinchoku-${input.messageId.replace(/[^A-Za-z0-9]/g, '')}`;
  const sender = input.draft && input.from === '' ? [] : [mailboxHeader('From', headerSafe(input.from))];
  const headers = [
    ...sender,
    ...(input.draft && input.from !== '' ? [mailboxHeader('Reply-To', headerSafe(input.from))] : []),
    addressListHeader('To', input.to),
    unstructuredHeader('Subject', headerSafe(input.subject)),
    `Date: ${rfc2822Date(input.date)}`,
    `Message-ID: <${input.messageId}@shinchoku.invalid>`,
    ...(input.draft ? ['X-Unsent: 1'] : []),
    'MIME-Version: 1.0',
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  const alternative = [part('text/plain', input.text), part('text/html', input.html), `--${boundary}--`];
  if (!input.attachment) return `${[...headers, `Content-Type: multipart/alternative; boundary="${boundary}"`, '', ...alternative, ''].join('\r\n')}`;
  // RFC 2046 5.1.3: multipart/mixed holds the readable alternatives, then the attached file.
  const mixed = `mixed-${boundary}`;
  const { name, type, bytes } = input.attachment;
  const file = [
    `--${mixed}`,
    `Content-Type: ${type}; name*=${rfc2231(name)}`,
    `Content-Disposition: attachment; filename*=${rfc2231(name)}`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(bytes)
      .toString('base64')
      .replace(/.{1,76}/g, '$&\r\n')
      .trimEnd(),
  ].join('\r\n');
  return `${[
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    ...alternative,
    file,
    `--${mixed}--`,
    '',
  ].join('\r\n')}`;
}
