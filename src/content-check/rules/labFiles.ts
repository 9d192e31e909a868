import fs from 'node:fs';
import path from 'node:path';
import {LAB_FILES} from '../../data/lab';
import {validateManifestYaml} from '../manifests';
import type {SiteFinding, SiteRule} from '../types';

/**
 * The manifests the lab block applies from the site (static/lab/, named in
 * src/data/lab.ts) are held to the same strict validation as manifests in
 * articles: a learner applies them in every chapter from 5 on, GatewayClass
 * included (Gateway API kinds are checked as strictly as built-in ones).
 */
export const labFiles: SiteRule = {
  name: 'lab-files',
  async check(site) {
    const findings: SiteFinding[] = [];
    // Only a site that publishes the lab (a test site without static/lab/ has nothing to check).
    const labDir = site.staticDirs.map((dir) => path.resolve(site.siteDir, dir, 'lab')).find((dir) => fs.existsSync(dir));
    if (!labDir) return findings;
    for (const name of Object.values(LAB_FILES)) {
      const filePath = path.join(labDir, name);
      const file = path.relative(site.siteDir, filePath).split(path.sep).join('/');
      if (!fs.existsSync(filePath)) {
        findings.push({file, line: 1, column: 1, severity: 'error', message: `실습 환경 블록이 적용하는 ${file} 파일이 없습니다. src/data/lab.ts의 LAB_FILES와 static/lab/의 파일 이름을 맞추세요.`});
        continue;
      }
      const {problems, manifests} = await validateManifestYaml(fs.readFileSync(filePath, 'utf8'));
      if (manifests === 0) {
        findings.push({file, line: 1, column: 1, severity: 'error', message: `${file}에 쿠버네티스 매니페스트(apiVersion과 kind가 있는 문서)가 없습니다.`});
      }
      for (const problem of problems) findings.push({file, ...problem});
    }
    return findings;
  },
};
