// The reports' charts, drawn by uPlot (bundled in the WAR at build time): one line per series over the periods, each
// series with its own colour and line style, named in a legend of its own (the table beside the chart holds the same
// figures for whoever cannot see the chart).
import uPlot from './vendor/uplot.esm.js';

const COLOURS = ['#003375', '#00703c', '#b60202', '#6f2c91'];
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
const STYLES = ['', 'gov-cc-legend__mark--dashed', 'gov-cc-legend__mark--dotted', 'gov-cc-legend__mark--dashed'];
const charts = new Map();

/**
 * Draws {@code series} ([{label, values}], values per period, null where nothing was measured) over {@code labels}
 * (the periods' names) into {@code container}, replacing what was there, and names the series in {@code legend}.
 */
export function drawChart(container, legend, labels, series, { percent = false } = {}) {
  charts.get(container)?.destroy();
  const x = labels.map((label, i) => i);
  const options = {
    width: Math.max(320, container.clientWidth || container.parentElement.clientWidth || 640),
    height: 280,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: percent ? { range: [0, 100] } : { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [
      { values: (u, splits) => splits.map(i => Number.isInteger(i) ? (labels[i] ?? '') : ''), space: 70 },
      { values: (u, splits) => splits.map(v => v.toLocaleString(document.documentElement.lang === 'el' ? 'el-GR' : 'en-GB')) },
    ],
    series: [{}, ...series.map((s, i) => ({
      label: s.label,
      stroke: COLOURS[i % COLOURS.length],
      width: 2,
      dash: DASHES[i % DASHES.length],
      points: { show: labels.length <= 48 },
      spanGaps: false,
    }))],
  };
  charts.set(container, new uPlot(options, [x, ...series.map(s => s.values)], container));
  legend.replaceChildren(...series.map((s, i) => {
    const item = document.createElement('li');
    const mark = document.createElement('span');
    mark.className = `gov-cc-legend__mark gov-cc-series-${i % COLOURS.length} ${STYLES[i % STYLES.length]}`.trim();
    mark.setAttribute('aria-hidden', 'true');
    item.append(mark, document.createTextNode(s.label));
    return item;
  }));
}
