/**
 * A report chart as SVG: a line (進捗率) or bars (効果額, 延床面積), with the
 * axis, the year labels and each point's value as the tables print it. Pure
 * string building, so the CLI (SVG → PNG with resvg), the HTML report
 * (inline SVG) and the add-on's browser-built .docx draw the same picture.
 */
import type { ChartSpec } from './report/model';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
export const CHART_FONTS = "'Yu Gothic', YuGothic, 'Hiragino Sans', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A round step for about five gridlines: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function tickText(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)));
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function chartSvg(spec: ChartSpec): string {
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const left = 84;
  const right = 24;
  const top = 52;
  const bottom = 44;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  // A figure the summary's last guard marked 「計算不能」 (summarize.ts guardFigures) is drawn at zero, its text the mark.
  const at = (p: { value: number }) => (typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : 0);
  const values = spec.points.map(at);
  const dataMax = Math.max(0, ...values);
  const dataMin = Math.min(0, ...values);
  let max = spec.max ?? dataMax;
  const min = dataMin;
  if (max === min) max = min + 1;
  const step = niceStep(max - min);
  const axisMax = spec.max ?? Math.ceil(max / step) * step;
  const axisMin = Math.floor(min / step) * step;
  const y = (v: number) => top + plotH - ((v - axisMin) / (axisMax - axisMin || 1)) * plotH;
  const n = Math.max(1, spec.points.length);
  const band = plotW / n;
  const x = (i: number) => left + band * i + band / 2;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(spec.alt)}" font-family="${escapeXml(CHART_FONTS)}">`,
  );
  parts.push(`<title>${escapeXml(spec.alt)}</title>`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${W / 2}" y="26" font-size="17" font-weight="bold" text-anchor="middle" fill="#1a1a1a">${escapeXml(spec.title)}</text>`);
  parts.push(`<text x="${left - 8}" y="${top - 12}" font-size="12" text-anchor="end" fill="#444444">${escapeXml(spec.unit)}</text>`);
  // Gridlines and their values.
  for (let v = axisMin, guard = 0; v <= axisMax + step / 1e6 && guard < 100; v += step, guard++) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${left}" y1="${yy}" x2="${W - right}" y2="${yy}" stroke="${Math.abs(v) < step / 1e6 ? '#666666' : '#dddddd'}" stroke-width="1"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" font-size="12" text-anchor="end" fill="#444444">${tickText(v, step)}</text>`);
  }
  spec.points.forEach((p, i) => {
    parts.push(`<text x="${x(i).toFixed(1)}" y="${H - bottom + 20}" font-size="12" text-anchor="middle" fill="#1a1a1a">${escapeXml(p.label)}</text>`);
  });
  if (spec.kind === 'bar') {
    const barW = Math.min(64, band * 0.56);
    spec.points.forEach((p, i) => {
      const y0 = y(0);
      const y1 = y(at(p));
      const yTop = Math.min(y0, y1);
      const h = Math.abs(y1 - y0);
      parts.push(`<rect x="${(x(i) - barW / 2).toFixed(1)}" y="${yTop.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="#3f6e9e"/>`);
      // Above the bar's top — for a bar below zero that is the zero line: never over the year labels.
      const labelY = yTop - 6;
      parts.push(`<text x="${x(i).toFixed(1)}" y="${labelY.toFixed(1)}" font-size="11" text-anchor="middle" fill="#1a1a1a">${escapeXml(p.text)}</text>`);
    });
  } else {
    const path = spec.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(at(p)).toFixed(1)}`).join(' ');
    if (spec.points.length > 0) parts.push(`<path d="${path}" fill="none" stroke="#3f6e9e" stroke-width="2.5"/>`);
    spec.points.forEach((p, i) => {
      parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(at(p)).toFixed(1)}" r="4" fill="#3f6e9e"/>`);
      parts.push(
        `<text x="${x(i).toFixed(1)}" y="${(y(at(p)) - 10).toFixed(1)}" font-size="12" text-anchor="middle" fill="#1a1a1a">${escapeXml(p.text)}</text>`,
      );
    });
  }
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#666666" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
