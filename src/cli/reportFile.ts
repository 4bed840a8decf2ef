/**
 * The report as .docx bytes in Node: the charts drawn as SVG by core and
 * turned into PNG by resvg (a prebuilt renderer from npm, no build step).
 */
import { Packer } from 'docx';
import { chartSvg } from '../core/present/chart';
import type { ChartSpec, ReportModel } from '../core/present/report';
import { reportDocument } from '../render/reportDocx';

/** Twice the chart's size, so it stays sharp when printed. */
export function chartPng(chart: ChartSpec): Uint8Array {
  // Loaded only when a report is written: the other commands never need the native renderer.
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const svg = chartSvg(chart);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK JP' },
    background: '#ffffff',
  }).render();
  return rendered.asPng();
}

export async function reportDocxBytes(model: ReportModel): Promise<Buffer> {
  const document = await reportDocument(model, chartPng);
  return Packer.toBuffer(document);
}
