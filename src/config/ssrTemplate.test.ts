import {describe, expect, it} from 'vitest';
import {SSR_TEMPLATE} from './ssrTemplate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const STOCK_TEMPLATE = (require('@docusaurus/core/lib/ssg/ssgTemplate.html') as {default: string}).default;

const STOCK_SCRIPTS = /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;
const OUR_LOADER = /<script>\(function \(urls\) \{[\s\S]*?<\/script>/;
const squeeze = (template: string) => template.replace(/\s+/g, ' ').trim();

describe('the page template', () => {
  it("is Docusaurus' own but for how the scripts start: an upgrade that changes it fails here", () => {
    expect(STOCK_TEMPLATE).toMatch(STOCK_SCRIPTS);
    expect(SSR_TEMPLATE).toMatch(OUR_LOADER);
    expect(squeeze(SSR_TEMPLATE.replace(OUR_LOADER, ''))).toBe(squeeze(STOCK_TEMPLATE.replace(STOCK_SCRIPTS, '')));
  });

  it('names the scripts only inside the loader, which starts them after the first paint', () => {
    expect(SSR_TEMPLATE).not.toMatch(/<script src=/);
    expect(SSR_TEMPLATE.match(OUR_LOADER)![0]).toMatch(/first-contentful-paint[\s\S]*it\.scripts\.map/);
  });
});
