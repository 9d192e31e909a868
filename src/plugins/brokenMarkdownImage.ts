import type {MarkdownHooks} from '@docusaurus/types';
import {inertLogText, locatedMessage} from '../security/logText';

/**
 * A missing image should stop the build with a message an author can act on:
 * the article, the line, and where the file was expected.
 */
export const reportBrokenMarkdownImage: Exclude<MarkdownHooks['onBrokenMarkdownImages'], string> = ({
  sourceFilePath,
  url,
  node,
}) => {
  const start = node.position?.start ?? {line: 1, column: 1};
  const expected = url.startsWith('/') ? `static${safeDecodeURI(url)}` : url;
  const message = url
    ? `이미지를 찾을 수 없습니다: ${url}`
    : '이미지 주소가 비어 있습니다. ![설명](/img/파일.png) 형식으로 적어 주세요.';
  const hint = url ? `\n  → ${inertLogText(expected)} 파일이 있는지, 이름의 띄어쓰기·대소문자가 같은지 확인하세요.` : '';
  throw new Error(locatedMessage(sourceFilePath, start.line, start.column, message) + hint);
};

/** `decodeURI`, or the text as written when it is not valid percent-encoding (a message must not crash). */
function safeDecodeURI(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
