import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import ManifestChecker from '@site/src/components/ManifestCheck/ManifestChecker';
import {KUBERNETES_VERSION} from '@site/src/content-check/kubernetesVersion';

export default function ManifestCheckPage(): ReactNode {
  return (
    <Layout
      title="매니페스트 검사기"
      description="쿠버네티스 매니페스트(YAML)를 붙여 넣으면 강좌의 검사기가 문법, 필드 이름, 값의 형식, 없어진 API 버전을 줄과 칸까지 짚어 줍니다.">
      <main className="container margin-vert--lg">
        <h1>매니페스트 검사기</h1>
        <p>
          쿠버네티스 매니페스트를 붙여 넣으면 이 강좌의 글을 검사하는 검사기(<code>npm run check</code>)와 같은 기준으로
          살펴봅니다: YAML 문법(탭, 들여쓰기), 모르는 kind와 apiVersion(없어진 API 버전이면 대신 쓸 버전), 철자가 틀린
          필드, 값의 형식, 빠진 필수 필드, 셀렉터와 파드 템플릿 레이블의 불일치. 쿠버네티스 {KUBERNETES_VERSION} 기준이며, 붙여 넣은
          내용은 이 브라우저 밖으로 보내지 않습니다.
        </p>
        <ManifestChecker />
      </main>
    </Layout>
  );
}
