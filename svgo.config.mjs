/**
 * SVGO settings for the course's hand-drawn diagrams (static/img/**.svg).
 * `npm run images` applies them; src/plugins/imageBudget.test.ts fails when an
 * SVG is not yet optimised with them.
 *
 * What must survive: viewBox (the diagram scales to a phone), <title>/<desc>
 * with their ids and role/aria-* (what the diagram says, for screen readers
 * when the SVG is opened on its own), and every <text> (the Korean labels).
 * The output stays indented, one element per line, so that a contributor can
 * still edit a diagram by hand and a pull request shows a readable diff.
 */
export default {
  multipass: true,
  js2svg: {pretty: true, indent: 2, finalNewline: true},
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          // aria-labelledby="x-title x-desc" points at these ids.
          cleanupIds: false,
          // <rect>, <line> and <circle> stay readable shapes, not path data.
          convertShapeToPath: false,
          convertEllipseToCircle: false,
          // A <desc> is the long description of the diagram.
          removeDesc: false,
          // Shared class rules in <style> stay shared instead of being copied
          // onto every element.
          inlineStyles: false,
          // role, aria-* and font-family are what make the labels readable.
          removeUnknownsAndDefaults: {keepRoleAttr: true, keepAriaAttrs: true},
        },
      },
    },
  ],
};
