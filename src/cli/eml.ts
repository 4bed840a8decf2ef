/**
 * A digest message as an .eml file (RFC 5322 + MIME): what MailApp would send,
 * readable by any mail program. Headers carry only our own text and the
 * validated addresses; the subject is encoded and was stripped of line breaks.
 */
import { headerSafe } from '../core/email';

function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return encoded.replace(/.{1,76}/g, '$&\r\n').trimEnd();
}

/** RFC 2047 encoded words of at most 75 characters, never splitting a character. */
export function encodeHeaderWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
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
}

export function buildEml(input: EmlInput): string {
  const boundary = `shinchoku-${input.messageId.replace(/[^A-Za-z0-9]/g, '')}`;
  const headers = [
    `From: ${input.from}`,
    `To: ${input.to.join(', ')}`,
    `Subject: ${encodeHeaderWords(headerSafe(input.subject))}`,
    `Date: ${rfc2822Date(input.date)}`,
    `Message-ID: <${input.messageId}@shinchoku.invalid>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  return `${[...headers, '', part('text/plain', input.text), part('text/html', input.html), `--${boundary}--`, ''].join('\r\n')}`;
}
