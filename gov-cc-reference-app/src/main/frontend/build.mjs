// Builds the reference line's pages: node build.mjs <web output> <test-assets output>.
//
// Run by the Maven build after `npm ci`. No bundler: the design system ships prebuilt CSS, the pages' scripts are
// plain ES modules served as they are, and so is the one library they import (uPlot's ES module, for the reports). What this script adds is what a Content-Security-Policy of
// `default-src 'self'` needs: one stylesheet with the fonts served from the WAR, no data: URIs, and pages without a
// single inline script or style.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANGUAGE, translate } from './js/i18n.js';

const here = dirname(fileURLToPath(import.meta.url));
const [webOut, testOut] = process.argv.slice(2).map(p => resolve(p));
if (!webOut || !testOut) {
  fail('usage: node build.mjs <web output directory> <test-assets output directory>');
}
const modules = join(here, 'node_modules');

// Roboto's Latin and Greek faces in the weights digigov uses (text 400, buttons 500, headings 700).
const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext'];
const FONT_WEIGHTS = ['400', '500', '700'];

rmSync(webOut, { recursive: true, force: true });
mkdirSync(join(webOut, 'assets', 'fonts'), { recursive: true });
mkdirSync(join(webOut, 'assets', 'images'), { recursive: true });
mkdirSync(join(webOut, 'assets', 'js', 'vendor'), { recursive: true });
mkdirSync(testOut, { recursive: true });

const css = [
  '/* Built from @digigov/css, @digigov/theme-govgr and @fontsource/roboto (see their licences in node_modules). */',
  fonts(),
  withoutDataUris(read('@digigov/css/dist/digigov.css')),
  // The theme's custom properties come after the defaults in digigov.css, so that the GOV.GR colours win.
  withoutDataUris(read('@digigov/theme-govgr/dist/index.css')),
  // uPlot's own rules (its charts are canvases; it sets sizes through the CSSOM, which the policy allows).
  read('uplot/dist/uPlot.min.css'),
  readFileSync(join(here, 'css', 'gov-cc.css'), 'utf8'),
].join('\n');
if (/@import|url\(\s*["']?(https?:|\/\/|data:)/i.test(css)) {
  fail('the stylesheet still loads something from outside the WAR');
}
writeFileSync(join(webOut, 'assets', 'gov-cc.css'), css);

// Our own images (the favicon: without one the browser asks the server's root for /favicon.ico).
for (const file of readdirSync(join(here, 'images'))) {
  copyFileSync(join(here, 'images', file), join(webOut, 'assets', 'images', file));
}
for (const file of readdirSync(join(here, 'js'))) {
  copyFileSync(join(here, 'js', file), join(webOut, 'assets', 'js', file));
}

// The reports' charts: uPlot's ES module, served from the WAR like our own (nothing is fetched at run time).
copyFileSync(join(modules, 'uplot', 'dist', 'uPlot.esm.js'), join(webOut, 'assets', 'js', 'vendor', 'uplot.esm.js'));
copyFileSync(join(modules, 'uplot', 'LICENSE'), join(webOut, 'assets', 'js', 'vendor', 'uplot.LICENSE.txt'));

const header = readFileSync(join(here, 'pages', '_header.html'), 'utf8');
for (const file of readdirSync(join(here, 'pages')).filter(f => !f.startsWith('_'))) {
  writeFileSync(join(webOut, file), page(file, readFileSync(join(here, 'pages', file), 'utf8')));
}

// axe-core is for the browser tests only: it goes to the test assets, never into the WAR.
copyFileSync(join(modules, 'axe-core', 'axe.min.js'), join(testOut, 'axe.min.js'));
console.log(`build.mjs: pages and assets in ${webOut}, axe-core in ${testOut}`);

/** Returns the @font-face rules of the chosen faces, pointing at copies under assets/fonts. */
function fonts() {
  const rules = [];
  for (const weight of FONT_WEIGHTS) {
    for (const block of read(`@fontsource/roboto/${weight}.css`).split('@font-face').slice(1)) {
      const file = /url\('\.\/files\/(roboto-([a-z-]+)-\d+-normal\.woff2)'\)/.exec(block);
      if (!file || !FONT_SUBSETS.includes(file[2])) {
        continue;
      }
      copyFileSync(join(modules, '@fontsource/roboto/files', file[1]), join(webOut, 'assets', 'fonts', file[1]));
      // woff2 alone: every browser that runs ES modules reads it, and the WOFF fallback would be one more file.
      const src = `src: url('fonts/${file[1]}') format('woff2');`;
      rules.push('@font-face' + block.replace(/src:[^;]*;/, src).replace(/\/\*[^*]*\*\/\s*$/, ''));
    }
  }
  if (rules.length !== FONT_SUBSETS.length * FONT_WEIGHTS.length) {
    fail(`expected ${FONT_SUBSETS.length * FONT_WEIGHTS.length} Roboto faces, found ${rules.length}`);
  }
  return rules.join('\n');
}

/** Moves every data: SVG into a file of its own: `img-src 'self'` refuses data: URIs. */
function withoutDataUris(text) {
  return text.replace(/url\((["'])data:image\/svg\+xml;utf8,(.*?)\1\)/g, (match, quote, svg) => {
    // A style attribute in the SVG would need style-src 'unsafe-inline' once served with the policy: use fill=.
    const body = decodeURIComponent(svg.replace(/%(?![0-9a-f]{2})/gi, '%25'))
        .replace(/style=(["'])fill:([^;"']+);?\1/g, 'fill=$1$2$1');
    if (/style=/.test(body)) {
      fail('an SVG icon of digigov has a style attribute build.mjs does not rewrite: ' + body);
    }
    const name = 'icon-' + createHash('sha256').update(body).digest('hex').slice(0, 12) + '.svg';
    writeFileSync(join(webOut, 'assets', 'images', name), body);
    return `url("images/${name}")`;
  });
}

/** Returns a page with the shared header in place and every data-i18n element holding its Greek text. */
function page(name, html) {
  const withHeader = html.replace(/<!-- header( sign-out)? -->/, (marker, signOut) =>
      signOut ? header : header.replace(/<!-- sign-out -->[\s\S]*?<!-- \/sign-out -->/, ''));
  if (withHeader === html) {
    fail(`${name} has no <!-- header --> marker`);
  }
  if (/<script(?![^>]*\ssrc=)|<style|\sstyle=|\son[a-z]+=/i.test(withHeader)) {
    fail(`${name} has an inline script or style, which the Content-Security-Policy refuses`);
  }
  return withHeader.replace(/(<[a-z0-9]+\b[^>]*\sdata-i18n="([^"]+)"[^>]*>)(<\/)/g,
      (match, open, key, close) => open + escape(translate(DEFAULT_LANGUAGE, key)) + close);
}

function read(path) {
  return readFileSync(join(modules, path), 'utf8');
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fail(message) {
  console.error('build.mjs: ' + message);
  process.exit(1);
}
