import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code colours. Prism's GitHub and Dracula themes, with the token colours that
 * fall below WCAG AA (4.5:1) darkened (light) or lightened (dark) just enough
 * to pass on the code background and on a highlighted line
 * (`--docusaurus-highlighted-code-line-bg` in src/css/custom.css). The hues
 * stay, so the themes still look like themselves. prismThemes.test.ts checks
 * every colour against both backgrounds.
 */

type Style = PrismTheme['styles'][number];

function recolour(theme: PrismTheme, colours: Record<string, string>, extra: Style[] = []): PrismTheme {
  return {
    plain: theme.plain,
    styles: [
      ...theme.styles
        // An opacity would mix the colour with the background: we give solid colours instead.
        .filter((style) => !(Object.keys(style.style).length === 1 && 'opacity' in style.style))
        .map((style) => {
          const colour = style.style.color && colours[style.style.color];
          return colour ? {...style, style: {...style.style, color: colour}} : style;
        }),
      ...extra,
    ],
  };
}

export const lightCodeTheme: PrismTheme = recolour(
  themes.github,
  {
    '#999988': '#646459', // comment
    '#e3116c': '#c30f5d', // string
    '#36acaa': '#23706f', // number, property, variable
    '#00a4db': '#006b8f', // keyword, attr-name (YAML keys)
    '#d73a49': '#b9323f', // function, tag
  },
  [{types: ['namespace'], style: {color: '#55564f'}}],
);

export const darkCodeTheme: PrismTheme = recolour(
  themes.dracula,
  {
    'rgb(189, 147, 249)': '#c39efa', // constant, keyword
    'rgb(255, 85, 85)': '#ff8e8e', // deleted
    'rgb(255, 121, 198)': '#ff86cc', // string, tag
    'rgb(98, 114, 164)': '#a6afcb', // comment
  },
  // Dracula leaves YAML keys (Prism's `atrule`) in plain text; in a manifest
  // they are the structure, so they get Dracula's cyan, as in light mode.
  [{types: ['atrule'], style: {color: 'rgb(139, 233, 253)'}}],
);

/** The highlighted-line backgrounds of src/css/custom.css, laid over each theme's background. */
export const HIGHLIGHTED_LINE = {
  light: {colour: [47, 99, 214], alpha: 0.12},
  dark: {colour: [255, 255, 255], alpha: 0.1},
} as const;
