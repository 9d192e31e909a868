import {describe, expect, it} from 'vitest';
import {validateManifestYaml} from '../../content-check/manifests';
import {checkerReport, pageLine} from '../../../tests/manifestCheck/checkerReport';
import {INVALID_MANIFESTS} from '../../../tests/manifestCheck/samples';
import {SAMPLE_MANIFEST} from './sample';

/** What the page lists for a paste (ManifestChecker.tsx calls the same function with the same option). */
const pageReport = async (yaml: string) => (await validateManifestYaml(yaml, {anyManifestKey: true})).problems.map(pageLine);

describe('the checker page and `npm run check`', () => {
  it.each(Object.entries(INVALID_MANIFESTS))('report the same lines, columns and messages: %s', async (_name, yaml) => {
    const expected = await checkerReport(yaml);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageReport(yaml)).toEqual(expected);
  });

  it('both accept the page sample', async () => {
    expect(await checkerReport(SAMPLE_MANIFEST)).toEqual([]);
    expect(await pageReport(SAMPLE_MANIFEST)).toEqual([]);
  });
});
