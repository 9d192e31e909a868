import type {MarkdownHooks} from '@docusaurus/types';

/**
 * A missing image should stop the build with a message an author can act on:
 * the article, the line, and where the file was expected.
 */
export const reportBrokenMarkdownImage: Exclude<MarkdownHooks['onBrokenMarkdownImages'], string> = ({
  sourceFilePath,
  url,
  node,
}) => {
  const start = node.position?.start;
  const where = start ? `${sourceFilePath}:${start.line}:${start.column}` : sourceFilePath;
  const expected = url.startsWith('/') ? `static${decodeURI(url)}` : url;
  throw new Error(
    url
      ? `${where}  이미지를 찾을 수 없습니다: ${url}\n  → ${expected} 파일이 있는지, 이름의 띄어쓰기·대소문자가 같은지 확인하세요.`
      : `${where}  이미지 주소가 비어 있습니다. ![설명](/img/파일.png) 형식으로 적어 주세요.`,
  );
};
