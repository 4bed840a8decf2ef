/**
 * The draft as an HTML page with each number marked: ✓ checked, ✗ wrong (with
 * the right figure), ? not placed (with why) — so an officer sees at a glance
 * what was verified. Every text of the draft is HTML-escaped.
 */
import { escapeHtml } from '../base/email';
import type { Lang } from '../base/lang';
import { ANNOTATED, notPlacedText } from '../words/proofreadWords';
import { normalizeDraftLine } from './draftText';
import type { ProofreadVerdict } from './verdict';

interface Mark {
  stated: string;
  kind: 'ok' | 'wrong' | 'unplaced';
  note: string;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** The page. Marks are placed on the first unmarked occurrence of their text on their line, or at its end when the text was read across spaces. */
export function annotatedDraftHtml(draft: string, verdict: ProofreadVerdict, lang: Lang): string {
  const words = ANNOTATED[lang];
  const marks = new Map<number, Mark[]>();
  const add = (line: number, mark: Mark) => marks.set(line, [...(marks.get(line) ?? []), mark]);
  const wrong = new Set(verdict.findings.map((f) => `${f.line}|${f.stated}`));
  for (const f of verdict.findings) add(f.line, { stated: f.stated, kind: 'wrong', note: `${words.wrong} ${f.expected}（${f.label}）` });
  const checked = [...(verdict.result?.checked ?? []), ...(verdict.result?.placed ?? [])];
  for (const c of checked) if (!wrong.has(`${c.line}|${c.stated}`)) add(c.line, { stated: c.stated, kind: 'ok', note: c.label });
  for (const n of verdict.notPlaced) add(n.line, { stated: n.stated, kind: 'unplaced', note: notPlacedText(n.reason, lang) });
  const symbol = { ok: '✓', wrong: '✗', unplaced: '?' } as const;
  const body = draft.split(/\r\n|\r|\n/).map((raw, i) => {
    const text = normalizeDraftLine(raw);
    let html = '';
    let at = 0;
    const tail: string[] = [];
    // In the order they stand on the line (a mark not found goes last).
    const position = (m: Mark) => (text.includes(m.stated) ? text.indexOf(m.stated) : Number.MAX_SAFE_INTEGER);
    for (const mark of [...(marks.get(i + 1) ?? [])].sort((a, b) => position(a) - position(b))) {
      const found = text.indexOf(mark.stated, at);
      const badge = `<span class="${mark.kind}" title="${escapeHtml(mark.note)}">${symbol[mark.kind]} ${escapeHtml(mark.kind === 'ok' ? '' : mark.note)}</span>`;
      if (found < 0 || compact(mark.stated) !== mark.stated) {
        tail.push(`<mark class="${mark.kind}">${escapeHtml(mark.stated)}</mark>${badge}`);
        continue;
      }
      html += `${escapeHtml(text.slice(at, found))}<mark class="${mark.kind}">${escapeHtml(mark.stated)}</mark>${badge}`;
      at = found + mark.stated.length;
    }
    html += escapeHtml(text.slice(at));
    return `<li value="${i + 1}">${html}${tail.length > 0 ? ` <span class="tail">${tail.join(' ')}</span>` : ''}</li>`;
  });
  const summary = words.summary(verdict.checked, verdict.findings.length, verdict.notPlaced.length);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(words.title)}</title>
<style>
body{font-family:sans-serif;line-height:1.7}ol{white-space:pre-wrap}
mark.ok{background:#dff5e1}mark.wrong{background:#fde0e0}mark.unplaced{background:#eee}
span.ok{color:#17692b}span.wrong{color:#b00020;font-weight:bold}span.unplaced{color:#666}
</style>
</head>
<body>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(summary)}</p>
<p>${escapeHtml(words.legend)}</p>
<ol>
${body.join('\n')}
</ol>
</body>
</html>
`;
}
