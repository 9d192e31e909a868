import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {chapterTitle, type CourseOutline} from '@site/src/plugins/courseOutline/outline';
import {printPath} from '@site/src/plugins/printCourse/printBook';
import {readingTimeLabel} from '@site/src/readingTime/readingTime';
import {ChapterProgressText} from '@site/src/components/LearningProgress';
import CourseProgress from '@site/src/components/LearningProgress/CourseProgress';
import styles from './styles.page.module.css';

type Props = {outline: CourseOutline};

const PROMISES = [
  {title: '순서대로 따라가면 됩니다', text: '컨테이너 기초부터 운영까지, 앞 글에서 배운 것만으로 다음 글을 읽을 수 있게 엮었습니다.'},
  {title: '직접 실행해 봅니다', text: '모든 명령어에는 실제로 출력되는 결과를 함께 보여 주고, 글마다 실습 문제가 있습니다.'},
  {title: '검증된 매니페스트', text: '글에 실린 YAML은 모두 쿠버네티스 API 스키마로 자동 검사합니다. 그대로 복사해 써도 됩니다.'},
];

export default function HomePage({outline}: Props): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  const firstDoc = outline.chapters[0]?.docs[0];
  const articleCount = outline.chapters.reduce((sum, chapter) => sum + chapter.docs.length, 0);
  const courseMinutes = outline.chapters.reduce((sum, chapter) => sum + (chapter.readingMinutes ?? 0), 0);
  return (
    <Layout title="처음 배우는 쿠버네티스" description={siteConfig.tagline}>
      {/* One <main> from the title on: "본문으로 건너뛰기" lands on the hero, not past it. */}
      <main>
        <header className={styles.hero}>
          <div className="container">
            <p className={styles.eyebrow}>한국어로 배우는 쿠버네티스</p>
            <Heading as="h1" className={styles.title}>
              {siteConfig.title}
            </Heading>
            <p className={styles.lead}>
              리눅스를 조금 아는 분이라면 충분합니다. 노트북에 클러스터를 만들고, 파드와 디플로이먼트로 앱을 띄우고,
              서비스와 인그레스로 연결한 뒤, 운영하며 생기는 문제까지 직접 풀어 봅니다.
            </p>
            {firstDoc && (
              <div className={styles.actions}>
                <Link className="button button--primary button--lg" to={firstDoc.permalink}>
                  첫 글부터 시작하기
                </Link>
                <span className={styles.meta}>
                  {outline.chapters.length}개 장 · {articleCount}개 글{courseMinutes > 0 && ` · 읽는 시간 ${readingTimeLabel(courseMinutes)}`}
                </span>
                {/* A plain link: Docusaurus prefetches the route of every <Link> in view, and
                    /print's route holds every article, ~680 KiB gzip each visitor of this page
                    downloaded for nothing. Its HTML alone shows the whole course. */}
                <a className={styles.printLink} href={printPath(siteConfig.baseUrl)}>
                  강좌 전체 인쇄
                </a>
              </div>
            )}
            <CourseProgress outline={outline} />
          </div>
        </header>
        <div className="container">
          <section className={styles.promises} aria-label="이 강좌의 특징">
            {PROMISES.map((item) => (
              <div key={item.title} className={styles.promise}>
                <Heading as="h2" className={styles.promiseTitle}>
                  {item.title}
                </Heading>
                <p>{item.text}</p>
              </div>
            ))}
          </section>
          <section className={styles.path} aria-labelledby="course-path">
            <Heading as="h2" id="course-path">
              학습 경로
            </Heading>
            <ol className={styles.chapters}>
              {outline.chapters.map((chapter, index) => (
                <li key={chapter.label || index} className={styles.chapter}>
                  <span className={styles.chapterNumber} aria-hidden="true">
                    {index + 1}
                  </span>
                  <div>
                    <Heading as="h3" className={styles.chapterTitle}>
                      {chapterTitle(chapter, index)}
                    </Heading>
                    {Boolean(chapter.readingMinutes) && (
                      <p className={styles.chapterTime} data-reading-time={chapter.readingMinutes}>
                        {chapter.docs.length}개 글 · 읽는 시간 {readingTimeLabel(chapter.readingMinutes!)}
                      </p>
                    )}
                    {chapter.description && <p className={styles.chapterDescription}>{chapter.description}</p>}
                    <ChapterProgressText docIds={chapter.docs.map((doc) => doc.id)} className={styles.chapterProgress} />
                    <ul className={styles.docs}>
                      {chapter.docs.map((doc) => (
                        <li key={doc.id}>
                          <Link to={doc.permalink}>{doc.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </main>
    </Layout>
  );
}
