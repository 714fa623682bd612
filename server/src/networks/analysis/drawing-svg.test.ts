import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { placeNetwork } from '../geometry/place-network.ts';
import { streetFixture } from '../testing/street-fixture.ts';
import { crossSection } from './cross-section.ts';
import { crossSectionFrame, crossSectionSvg } from './cross-section-svg.ts';
import { longitudinalProfile } from './longitudinal-profile.ts';
import { profileFrame, profileSvg } from './profile-svg.ts';
import { frameX, frameY, px, scaleDenominator } from './svg-drawing.ts';

interface Element {
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of a parsed SVG, depth first, with its attributes and its own text. */
function elements(svg: string): Element[] {
  assert.equal(XMLValidator.validate(svg), true);
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false }).parse(svg) as unknown[];
  const out: Element[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Record<string, unknown>[]) {
      const tag = Object.keys(node).find((key) => key !== ':@');
      if (!tag || tag === '#text' || tag === '?xml') continue;
      const children = node[tag] as Record<string, unknown>[];
      const text = children.filter((child) => '#text' in child).map((child) => String(child['#text'])).join('');
      out.push({ tag, attributes: (node[':@'] ?? {}) as Record<string, string>, text });
      walk(children);
    }
  };
  walk(tree);
  return out;
}

const network = streetFixture();
const placed = placeNetwork(network);

describe('crossSectionSvg', () => {
  const section = crossSection(placed, network, [[30, -10], [30, 10]]);
  const svg = crossSectionSvg(section, { title: 'Section A-A <x=30> & more' });
  const all = elements(svg);
  const frame = crossSectionFrame(section);

  test('a standalone SVG with the namespace, the escaped title and a title block with the scale', () => {
    const root = all[0];
    assert.equal(root.tag, 'svg');
    assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
    assert.ok(svg.includes('Section A-A &lt;x=30&gt; &amp; more'));
    assert.equal(all.find((e) => e.tag === 'title')!.text, 'Section A-A <x=30> & more');
    // 770 px for 20 m: 38.5 px/m, 1:98 at 96 dpi, true scale vertically
    assert.equal(frame.sx, 38.5);
    assert.equal(frame.sz, 38.5);
    assert.equal(scaleDenominator(frame.sx), 98);
    const block = all.filter((e) => e.tag === 'text').map((e) => e.text);
    assert.ok(block.includes('水平 1:98  竖向 1:98 (96 dpi)'));
    assert.ok(block.includes('图名'));
  });

  test('round pipes are circles to scale at their offset and axis height, in CJJ 61 colours', () => {
    const circles = all.filter((e) => e.tag === 'circle');
    assert.deepEqual(circles.map((c) => c.attributes['data-link']), ['D2', 'W1b', 'G1', 'S2', 'P1']);
    const w1b = circles[1].attributes;
    assert.equal(Number(w1b.cx), px(frameX(frame, 4)));
    assert.equal(Number(w1b.cx), 90 + 4 * 38.5);
    assert.equal(Number(w1b.cy), px(frameY(frame, 9.15)));
    assert.equal(Number(w1b.r), px(0.15 * 38.5));
    assert.equal(w1b.fill, '#00ffff');
    const duct = all.find((e) => e.tag === 'rect' && e.attributes['data-link'] === 'T1')!.attributes;
    assert.deepEqual([Number(duct.width), Number(duct.height), duct.fill], [px(0.4 * 38.5), px(0.3 * 38.5), '#00ff00']);
    assert.equal(Number(duct.x), px(frameX(frame, 14) - (0.4 * 38.5) / 2));
  });

  test('a label per pipe with 代号, size and axis elevation, and the short clearance in red', () => {
    const labels = all.filter((e) => e.attributes.class === 'pipe-label').map((e) => e.text);
    assert.deepEqual(labels, ['PS/YS DN600 中心 7.400', 'JS/JP DN300 中心 9.150', 'RQ/TR DN150 中心 9.325', 'PS/WS DN500 中心 8.080', 'TX/DX 400×300 中心 9.350', 'DL/GD DN200 中心 9.500']);
    const short = all.filter((e) => e.attributes.class === 'clearance short');
    assert.deepEqual(short.map((e) => [e.text, e.attributes.fill]), [['0.300<0.5', '#d00']]);
    const ground = all.find((e) => e.attributes.class === 'ground-line')!;
    assert.equal(ground.attributes.points.split(' ').length, section.ground.length);
  });

  test('English labels, and ellipses when the vertical is exaggerated', () => {
    const english = elements(crossSectionSvg(section, { language: 'en', verticalExaggeration: 2 }));
    assert.equal(english.filter((e) => e.tag === 'circle').length, 0);
    const ellipse = english.find((e) => e.tag === 'ellipse' && e.attributes['data-link'] === 'W1b')!.attributes;
    assert.deepEqual([Number(ellipse.rx), Number(ellipse.ry)], [px(0.15 * 38.5), px(0.15 * 38.5 * 2)]);
    assert.ok(english.some((e) => e.text === 'JS/JP DN300 axis 9.150'));
    assert.ok(english.some((e) => e.text === 'Cross-section'));
  });
});

describe('profileSvg', () => {
  const profile = longitudinalProfile(placed, network, ['S1', 'S2']);
  const svg = profileSvg(profile);
  const all = elements(svg);
  const frame = profileFrame(profile);

  test('10× vertical exaggeration by default, stated in the title block', () => {
    assert.equal(frame.sx, 1040 / 60);
    assert.equal(frame.sz, frame.sx * 10);
    assert.ok(all.some((e) => e.text === '10×'));
  });

  test('the sewer as bands between invert and top, the manholes as shafts, the data table', () => {
    const bands = all.filter((e) => e.tag === 'polygon');
    assert.deepEqual(bands.map((b) => [b.attributes['data-link'], b.attributes.fill]), [['S1', '#4c3926'], ['S2', '#4c3926']]);
    const first = bands[0].attributes.points.split(' ')[0].split(',').map(Number);
    assert.deepEqual(first, [px(frameX(frame, 0)), px(frameY(frame, 8.4))]);
    const shafts = all.filter((e) => e.tag === 'rect' && e.attributes.class === 'node');
    assert.deepEqual(shafts.map((s) => s.attributes['data-node']), ['M1', 'M2', 'M3']);
    const m2 = shafts[1].attributes;
    assert.equal(Number(m2.y), px(frameY(frame, 10.25)));
    assert.equal(Number(m2.height), px(frameY(frame, 7.85) - frameY(frame, 10.25)));
    const cells = all.filter((e) => e.attributes.class === 'cell').map((e) => e.text);
    assert.deepEqual(cells.slice(0, 8), ['K0+000.000', '10.000', '8.000', '2.00', 'K0+025.000', '10.250', '7.900/7.850', '2.35/2.40']);
    assert.deepEqual(all.filter((e) => e.attributes.class === 'cell slope').map((e) => e.text), ['4.00 / 25.00', '4.00 / 35.00']);
  });

  test('the crossing water service as an ellipse at chainage 40 with its label', () => {
    const crossing = all.find((e) => e.tag === 'ellipse')!.attributes;
    assert.deepEqual([crossing['data-link'], Number(crossing.cx), Number(crossing.cy)], ['WS1', px(frameX(frame, 40)), px(frameY(frame, 9.35))]);
    assert.equal(Number(crossing.ry), px(0.05 * frame.sz));
    assert.deepEqual(all.filter((e) => e.attributes.class === 'crossing-label').map((e) => e.text), ['JS/JP DN100 中心 9.350']);
  });
});
