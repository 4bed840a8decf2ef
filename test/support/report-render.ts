import type { ReportBlock } from '../../src/core/present/report';

/** A block as text lines: tables with their widths and each cell's kind, charts with their points and alt text. */
export const render = (b: ReportBlock): string => {
  switch (b.type) {
    case 'table':
      return [
        `[table ${b.id}] ${b.caption} | widths ${b.widths.join(',')}`,
        `  ${b.header.join(' | ')}`,
        ...b.rows.map((r) => `  ${r.map((c) => (typeof c === 'string' ? c : `${c.text}{${c.kind}}`)).join(' | ')}`),
        ...b.notes.map((n) => `  note: ${n}`),
      ].join('\n');
    case 'chart':
      return `[chart ${b.chart.id} ${b.chart.kind}] ${b.chart.title} (${b.chart.unit}${b.chart.max !== undefined ? ` max ${b.chart.max}` : ''}) ${b.chart.points.map((p) => `${p.label}=${p.value}/${p.text}`).join(' ')} | alt: ${b.chart.alt}`;
    case 'definitions':
      return `[definitions] ${b.caption} ${b.items.map((i) => `${i.term}: ${i.meaning}`).join(' / ')}`;
    case 'list':
      return `[list] ${b.items.join(' / ')}`;
    case 'yearItems':
      return `[year] ${b.year}: ${b.items.join(' / ')}`;
    case 'heading':
      return `[h${b.level}] ${b.text}`;
    case 'pageBreak':
      return '[page break]';
    default:
      return `[${b.type}] ${b.text}`;
  }
};
