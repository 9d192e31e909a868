import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {themes, type PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, HIGHLIGHTED_LINE, lightCodeTheme} from './prismThemes';

type RGB = [number, number, number];

function parse(colour: string): RGB {
  const rgb = colour.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) return rgb[1]!.split(/[\s,/]+/).slice(0, 3).map(Number) as RGB;
  let hex = colour.replace('#', '');
  if (hex.length === 3) hex = [...hex].map((digit) => digit + digit).join('');
  return [0, 2, 4].map((index) => parseInt(hex.slice(index, index + 2), 16)) as RGB;
}

function luminance([r, g, b]: RGB): number {
  const channel = (value: number) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: RGB, b: RGB): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const over = (colour: readonly number[], alpha: number, background: RGB): RGB =>
  background.map((channel, index) => Math.round(colour[index]! * alpha + channel * (1 - alpha))) as RGB;

function failing(theme: PrismTheme, line: {colour: readonly number[]; alpha: number}): string[] {
  const background = parse(theme.plain.backgroundColor!);
  const backgrounds = [background, over(line.colour, line.alpha, background)];
  const colours = [theme.plain.color!, ...theme.styles.map((style) => style.style.color).filter((colour): colour is string => !!colour)];
  return colours.flatMap((colour) =>
    backgrounds
      .map((bg) => contrast(parse(colour), bg))
      .filter((ratio) => ratio < 4.5)
      .map((ratio) => `${colour} ${ratio.toFixed(2)}:1`),
  );
}

describe('code themes', () => {
  it('the stock themes are what needed fixing', () => {
    expect(failing(themes.github, HIGHLIGHTED_LINE.light).length).toBeGreaterThan(0);
    expect(failing(themes.dracula, HIGHLIGHTED_LINE.dark).length).toBeGreaterThan(0);
  });

  it('every token colour reaches 4.5:1 on the code background and on a highlighted line', () => {
    expect(failing(lightCodeTheme, HIGHLIGHTED_LINE.light)).toEqual([]);
    expect(failing(darkCodeTheme, HIGHLIGHTED_LINE.dark)).toEqual([]);
  });

  it('colours YAML keys apart from their values in both themes', () => {
    for (const theme of [lightCodeTheme, darkCodeTheme]) {
      const key = theme.styles.find((style) => style.types.includes('atrule'))?.style.color;
      expect(key, 'Prism marks a YAML key as atrule').toBeDefined();
      expect(key).not.toBe(theme.plain.color);
    }
  });

  it('no token is faded with opacity', () => {
    for (const theme of [lightCodeTheme, darkCodeTheme]) {
      expect(theme.styles.filter((style) => 'opacity' in style.style)).toEqual([]);
    }
  });

  it('the highlighted-line colours match custom.css', () => {
    const css = readFileSync(path.join(__dirname, '../css/custom.css'), 'utf8');
    const [light, dark] = [...css.matchAll(/--docusaurus-highlighted-code-line-bg:\s*rgb\(([\d\s]+)\/\s*(\d+)%\)/g)].map((match) => ({
      colour: match[1]!.trim().split(/\s+/).map(Number),
      alpha: Number(match[2]) / 100,
    }));
    expect(light).toEqual({colour: [...HIGHLIGHTED_LINE.light.colour], alpha: HIGHLIGHTED_LINE.light.alpha});
    expect(dark).toEqual({colour: [...HIGHLIGHTED_LINE.dark.colour], alpha: HIGHLIGHTED_LINE.dark.alpha});
  });
});
