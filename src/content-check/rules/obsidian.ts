import type {Image, Link, Nodes, PhrasingContent, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {problemsOf} from '../../plugins/obsidian/text';
import {embeddedImage} from '../../plugins/obsidian/resolveWikiLinks';
import {wikiEmbedOf, wikiLinkOf} from '../../plugins/obsidian/wikiLinks';
import {articleEntry, resolveWikiEmbed, resolveWikiLink, scanImages, splitFrontMatter, type WikiIndex} from '../../plugins/obsidian/wikiIndex';
import type {Article, Finding, Rule, Site} from '../types';
import {images} from './images';
import {links} from './links';

/**
 * Obsidian syntax in an article (src/plugins/obsidian/): callouts of an
 * unknown type and unclosed `%%` comments (noted by the syntax plugins while
 * parsing), and `[[…]]` links and `![[…]]` images that point nowhere or
 * could mean several things. Once resolved, a wiki link or image is checked
 * by the links and images rules like its converted form (anchors, file
 * size), so the messages are theirs.
 */

const indexes = new WeakMap<Site, WikiIndex>();

function indexOf(site: Site): WikiIndex {
  let index = indexes.get(site);
  if (!index) {
    index = {
      siteDir: site.siteDir,
      articles: site.articles.map((article) => articleEntry(article.filePath, article.frontMatter.data, splitFrontMatter(article.source).body)),
      images: scanImages(site.staticDirs, site.siteDir),
    };
    indexes.set(site, index);
  }
  return index;
}

export const obsidian: Rule = {
  name: 'obsidian',
  async check(article: Article, site: Site) {
    const tree = article.tree;
    if (!tree) return [];
    const findings: Finding[] = problemsOf(tree).map(({line, column, severity, message}) => ({...article.toSource({line, column}), severity, message}));

    const resolved: PhrasingContent[] = [];
    visit(tree, (node: Nodes) => {
      const link = wikiLinkOf(node);
      const embed = wikiEmbedOf(node);
      if (!link && !embed) return;
      const index = indexOf(site);
      const result = link ? resolveWikiLink(link, article.filePath, index) : resolveWikiEmbed(embed!, index);
      if (!result.ok) {
        findings.push({...article.toSource(node.position?.start), severity: 'error', message: result.message});
        return;
      }
      resolved.push(link ? {...(node as Link), url: result.value.url} : embeddedImage(node as Image, result.value.url));
    });
    if (resolved.length === 0) return findings;

    // The resolved links and images, as the build will have them.
    const resolvedTree: Root = {type: 'root', children: [{type: 'paragraph', children: resolved}]};
    const asConverted: Article = {...article, tree: resolvedTree};
    findings.push(...(await links.check(asConverted, site)), ...(await images.check(asConverted, site)));
    return findings;
  },
};
