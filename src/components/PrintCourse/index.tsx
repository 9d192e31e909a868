import React, {useEffect, useMemo, useRef, useState, type ComponentProps, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {HtmlClassNameProvider, useColorMode} from '@docusaurus/theme-common';
import {DocProvider} from '@docusaurus/plugin-content-docs/client';
import type {PropDocContent} from '@docusaurus/plugin-content-docs';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import MDXComponents from '@theme/MDXComponents';
import {articleAnchor, printPath, type PrintArticle, type PrintBook} from '@site/src/plugins/printCourse/printBook';
import {partsOf} from '@site/src/components/Quiz/parts';
import {applySiteFontsNow} from '@site/src/plugins/fontSubset/loadFonts';
// Right and wrong answers look as they do in the quiz itself.
import quizStyles from '@site/src/components/Quiz/styles.module.css';
import {detailsParts, gatherAnswers, type AnswerProps} from './answers';
import styles from './styles.page.module.css';

type ColorModeChoice = ReturnType<typeof useColorMode>['colorModeChoice'];

/** An article's compiled MDX module, as the docs plugin's own pages receive it. */
type ArticleContent = PropDocContent & ((props: {components?: Record<string, unknown>}) => ReactNode);
type Props = {book: PrintBook; articles: Array<{content: ArticleContent}>};

type QuizProps = AnswerProps & {number: string; multiple?: string; children?: ReactNode};

/** A knowledge check on paper: the question and its choices; the answer is at the end of the article. */
function PrintQuiz({number, multiple, children, answerNumber}: QuizProps): ReactNode {
  const {question, choices} = partsOf(children);
  return (
    <div className={styles.quiz}>
      <p className={styles.quizQuestion}>
        <span className={styles.badge}>확인 문제 {number}</span>
        {question}
      </p>
      <p className={styles.hint}>{multiple === 'true' ? '맞는 보기를 모두 고르세요.' : '맞는 보기를 하나 고르세요.'}</p>
      <ol className={styles.choices}>
        {choices.map((choice, index) => (
          <li key={index}>{choice.text}</li>
        ))}
      </ol>
      <p className={styles.pointer}>정답과 풀이: 이 글 끝 ‘정답과 해설’ {answerNumber}번</p>
    </div>
  );
}

/** A folded block (실습 정답) on paper: its summary and where its content went. */
function PrintDetails({children, answerNumber}: AnswerProps & {children?: ReactNode}): ReactNode {
  return (
    <p className={styles.pointer}>
      {detailsParts(children).summary}: 이 글 끝 ‘정답과 해설’ {answerNumber}번
    </p>
  );
}

function QuizAnswer({element}: {element: ReactElement<QuizProps>}): ReactNode {
  const {question, choices} = partsOf(element.props.children);
  const right = choices.flatMap((choice, index) => (choice.correct ? [index + 1] : []));
  return (
    <>
      <p className={styles.answerTitle}>
        확인 문제 {element.props.number}. {question} <span className={quizStyles.rightText}>정답: {right.join(', ')}번</span>
      </p>
      <ol className={styles.choices}>
        {choices.map((choice, index) => (
          <li key={index}>
            <strong className={choice.correct ? quizStyles.rightText : quizStyles.wrongText}>{choice.correct ? '정답' : '오답'}</strong> {choice.text}
            <div className={styles.explanation}>{choice.explanation}</div>
          </li>
        ))}
      </ol>
    </>
  );
}

function DetailsAnswer({element}: {element: ReactElement<{children?: ReactNode}>}): ReactNode {
  const {summary, content} = detailsParts(element.props.children);
  return (
    <>
      <p className={styles.answerTitle}>{summary}</p>
      {content}
    </>
  );
}

/**
 * Links between articles of the same print page point at the article there
 * (page-to-page in the PDF); other site links become absolute, so the print
 * stylesheet can write their address after them.
 */
function usePrintLink(inBook: Map<string, string>) {
  const {siteConfig} = useDocusaurusContext();
  const {url, baseUrl} = siteConfig;
  return useMemo(() => {
    const SiteLink = MDXComponents.a;
    return function PrintLink({href, ...props}: ComponentProps<'a'>): ReactNode {
      if (!href?.startsWith('/') || href.startsWith('//')) return <SiteLink href={href} {...props} />;
      const sitePath = href.startsWith(baseUrl) ? href : `${baseUrl}${href.slice(1)}`;
      const anchor = inBook.get(sitePath.split('#')[0]!);
      if (anchor) return <a href={`#${anchor}`} {...props} />;
      return <SiteLink href={`${url}${sitePath}`} {...props} />;
    };
  }, [inBook, url, baseUrl]);
}

/** Plain text on paper: a glossary term's tooltip button cannot open there. */
const PrintTerm = ({children}: {children?: ReactNode}): ReactNode => <>{children}</>;

/**
 * One article's body, answers gathered at its end. It calls the MDX content as
 * the function it is (MDX documents this: `MDXContent(props)` returns the
 * element tree) instead of rendering it, so it can read the tree before React
 * renders it; the MDX provider above (MDXContent) supplies the site's components.
 */
function ArticleBody({Content, components}: {Content: ArticleContent; components: Record<string, unknown>}): ReactNode {
  const isAnswer = (element: ReactElement) => element.type === PrintQuiz || element.type === PrintDetails;
  const {body, answers} = gatherAnswers(Content({components: {...components, wrapper: undefined}}), isAnswer);
  return (
    <>
      {body}
      {answers.length > 0 && (
        <section className={styles.answers}>
          <h2>정답과 해설</h2>
          <ol className={styles.answerList}>
            {answers.map((element, index) => (
              <li key={index}>
                {element.type === PrintQuiz ? <QuizAnswer element={element as ReactElement<QuizProps>} /> : <DetailsAnswer element={element as ReactElement<{children?: ReactNode}>} />}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function Article({doc, Content, components}: {doc: PrintArticle; Content: ArticleContent; components: Record<string, unknown>}): ReactNode {
  const siteUrl = useDocusaurusContext().siteConfig.url;
  // An article without its own `# 제목` gets its title from the front matter, as on its page.
  const syntheticTitle = Content.contentTitle === undefined && !Content.frontMatter.hide_title;
  return (
    <article id={articleAnchor(doc.id)} className={clsx(styles.article, 'markdown')} data-permalink={doc.permalink}>
      <p className={styles.articleSource}>
        원문: <a href={siteUrl + doc.permalink}>{siteUrl + doc.permalink}</a>
      </p>
      {syntheticTitle && <Heading as="h1">{doc.title}</Heading>}
      {/* As on the article's page: a component in an article may read its article (useDoc). */}
      <DocProvider content={Content}>
        <MDXContent>
          <ArticleBody Content={Content} components={components} />
        </MDXContent>
      </DocProvider>
    </article>
  );
}

/**
 * "인쇄하기": prints in the light colour scheme, whatever the reader's (dark
 * text and code colours on white paper), then puts their scheme back. Docusaurus'
 * setColorMode takes `{persist: false}` (not in its types) so the reader's saved
 * choice is never touched. window.print() returns when the print dialog closes.
 */
function PrintButton(): ReactNode {
  const {colorMode, colorModeChoice, setColorMode} = useColorMode();
  const setMode = setColorMode as (choice: ColorModeChoice, options: {persist: boolean}) => void;
  const [printing, setPrinting] = useState(false);
  const schemeBefore = useRef<ColorModeChoice | undefined>(undefined);
  useEffect(() => {
    if (!printing || colorMode !== 'light') return;
    window.print();
    setPrinting(false);
    if (schemeBefore.current !== undefined) setMode(schemeBefore.current, {persist: false});
    schemeBefore.current = undefined;
  }, [printing, colorMode, setMode]);
  const print = () => {
    if (colorMode === 'dark') {
      schemeBefore.current = colorModeChoice;
      setMode('light', {persist: false});
    }
    setPrinting(true);
  };
  return (
    <button type="button" className="button button--primary" onClick={print}>
      인쇄하기
    </button>
  );
}

/** The table of contents' links to a chapter's articles on this page. */
function ArticleList({docs}: {docs: PrintArticle[]}): ReactNode {
  return (
    <ol>
      {docs.map((doc) => (
        <li key={doc.id}>
          <a href={`#${articleAnchor(doc.id)}`}>{doc.title}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The course in print, for /print (every chapter) and /print/<slug> (one):
 * a cover with the table of contents, a title page per chapter, then each
 * article as its page shows it, minus what paper cannot do (buttons, tooltips,
 * folded answers: see ./answers.tsx). styles.module.css holds the A4 layout.
 */
export default function PrintCourse({book, articles}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const base = siteConfig.baseUrl;
  const inBook = useMemo(
    () => new Map(book.chapters.flatMap((chapter) => chapter.docs.map((doc): [string, string] => [doc.permalink, articleAnchor(doc.id)]))),
    [book],
  );
  const PrintLink = usePrintLink(inBook);
  // Pictures load lazily on the site, as the reader scrolls to them; paper needs every one of them now.
  // …and the site's font at once, not from the next page as elsewhere on a first visit.
  useEffect(() => {
    for (const image of document.querySelectorAll<HTMLImageElement>(`.${styles.book} img[loading='lazy']`)) image.loading = 'eager';
    applySiteFontsNow();
  }, []);
  const components = useMemo(() => ({a: PrintLink, Quiz: PrintQuiz, Details: PrintDetails, details: PrintDetails, Term: PrintTerm}), [PrintLink]);
  const title = book.single ? `${book.chapters[0]!.title} 인쇄` : '강좌 전체 인쇄';
  // The articles' modules come in the book's order: chapter by chapter, article by article.
  const firstArticle = book.chapters.map((_, index) => book.chapters.slice(0, index).reduce((sum, chapter) => sum + chapter.docs.length, 0));
  return (
    <HtmlClassNameProvider className={styles.printPage}>
      <Layout title={title} description={`${siteConfig.title} 강좌를 A4 용지에 인쇄하거나 PDF로 저장하는 페이지입니다.`}>
        <Head>
          {/* The articles have their own pages; this copy stays out of search engines. */}
          <meta name="robots" content="noindex, follow" />
        </Head>
        <main className={clsx('container', styles.book)}>
          <header className={styles.cover}>
            <p className={styles.eyebrow}>{siteConfig.title}</p>
            <Heading as="h1" className={styles.title}>
              {book.single ? book.chapters[0]!.title : `${siteConfig.title} — 강좌 전체`}
            </Heading>
            <p className={styles.tagline}>{book.single ? book.chapters[0]!.description : siteConfig.tagline}</p>
            <p className={styles.siteUrl}>{`${siteConfig.url}${base}`}</p>
            <div className={styles.screenOnly}>
              <p>
                이 페이지는 인쇄용입니다. 브라우저의 인쇄 기능으로 A4 용지에 인쇄하거나 PDF로 저장하세요. 숨겨 둔 정답과 확인 문제의 풀이는 각
                글의 끝에 모여 있습니다.
              </p>
              <PrintButton />
              {/* Plain links: a <Link> in view prefetches its route, and /print's holds every article. */}
              <nav aria-label="장별 인쇄" className={styles.chapterLinks}>
                <p>장별로 인쇄하기:</p>
                <ul>
                  <li>
                    <a href={printPath(base)} aria-current={book.single ? undefined : 'page'}>
                      강좌 전체
                    </a>
                  </li>
                  {book.allChapters.map((chapter) => (
                    <li key={chapter.slug}>
                      <a href={printPath(base, chapter.slug)} aria-current={book.single && book.chapters[0]!.slug === chapter.slug ? 'page' : undefined}>
                        {chapter.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <nav aria-labelledby="print-toc" className={styles.toc}>
            <h2 id="print-toc">차례</h2>
            {book.single ? (
              <ArticleList docs={book.chapters[0]!.docs} />
            ) : (
              <ol>
                {book.chapters.map((chapter) => (
                  <li key={chapter.slug}>
                    <a href={`#chapter-${chapter.slug}`}>{chapter.title}</a>
                    <ArticleList docs={chapter.docs} />
                  </li>
                ))}
              </ol>
            )}
          </nav>
          {book.chapters.map((chapter, chapterIndex) => {
            const chapterArticles = chapter.docs.map((doc, index) => (
              <Article key={doc.id} doc={doc} Content={articles[firstArticle[chapterIndex]! + index]!.content} components={components} />
            ));
            // A chapter's own print page has its title on the cover already.
            if (book.single) return <React.Fragment key={chapter.slug}>{chapterArticles}</React.Fragment>;
            return (
              <section key={chapter.slug} className={styles.chapter} aria-labelledby={`chapter-${chapter.slug}`}>
                <header className={styles.chapterTitlePage}>
                  <p className={styles.eyebrow}>{siteConfig.title}</p>
                  {/* h1 like the articles' titles: the PDF's bookmarks list chapters and articles in reading order. */}
                  <h1 id={`chapter-${chapter.slug}`} className={styles.chapterTitle}>
                    {chapter.title}
                  </h1>
                  {chapter.description && <p className={styles.tagline}>{chapter.description}</p>}
                  <ol className={styles.chapterArticles}>
                    {chapter.docs.map((doc) => (
                      <li key={doc.id}>{doc.title}</li>
                    ))}
                  </ol>
                </header>
                {chapterArticles}
              </section>
            );
          })}
        </main>
      </Layout>
    </HtmlClassNameProvider>
  );
}
