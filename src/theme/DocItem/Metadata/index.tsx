import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc, useSidebarBreadcrumbs} from '@docusaurus/plugin-content-docs/client';
import {OG_HEIGHT, OG_WIDTH, ogImageUrl} from '@site/src/seo/ogImage';

type Props = WrapperProps<typeof MetadataType>;

/** JSON for a <script>: `<` escaped so that no title can close the tag. */
const jsonLd = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The article's head, on top of Docusaurus' own (title, description,
 * canonical): its share card (og:image, drawn at build time by
 * src/plugins/seo, unless the frontmatter names an `image`), og:type article,
 * and JSON-LD for search engines: a TechArticle and a BreadcrumbList
 * (home → article; src/theme/DocBreadcrumbs/StructuredData steps aside for it).
 */
export default function MetadataWrapper(props: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata, frontMatter} = useDoc();
  const chapter = useSidebarBreadcrumbs()
    ?.filter((item) => item.type === 'category')
    .at(-1)?.label;
  const home = `${siteConfig.url}${siteConfig.baseUrl}`;
  const page = `${siteConfig.url}${metadata.permalink}`;
  const card = frontMatter.image ? undefined : ogImageUrl(siteConfig.url, siteConfig.baseUrl, metadata.permalink);
  const modified = metadata.lastUpdatedAt ? new Date(metadata.lastUpdatedAt).toISOString() : undefined;
  const publisher = {'@type': 'Organization', name: siteConfig.title, url: home};

  const article = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: metadata.title,
    description: metadata.description,
    inLanguage: 'ko',
    url: page,
    mainEntityOfPage: page,
    ...(card && {image: card}),
    ...(modified && {dateModified: modified}),
    ...(chapter && {articleSection: chapter}),
    author: publisher,
    publisher,
    isPartOf: {'@type': 'WebSite', name: siteConfig.title, url: home},
  };
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {'@type': 'ListItem', position: 1, name: siteConfig.title, item: home},
      {'@type': 'ListItem', position: 2, name: metadata.title, item: page},
    ],
  };

  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta property="og:type" content="article" />
        {modified && <meta property="article:modified_time" content={modified} />}
        {card && <meta property="og:image" content={card} />}
        {card && <meta property="og:image:width" content={String(OG_WIDTH)} />}
        {card && <meta property="og:image:height" content={String(OG_HEIGHT)} />}
        {card && <meta property="og:image:alt" content={`${metadata.title} | ${siteConfig.title}`} />}
        {card && <meta name="twitter:image" content={card} />}
        <script type="application/ld+json">{jsonLd(article)}</script>
        <script type="application/ld+json">{jsonLd(breadcrumbs)}</script>
      </Head>
    </>
  );
}
