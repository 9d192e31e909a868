/**
 * `npm run check [-- files…]`: checks the articles in docs/ (frontmatter,
 * admonitions, images, links, Kubernetes manifests, unsafe content, MDX
 * syntax, terms). See src/content-check/.
 */
import {runCli} from '../src/content-check/cli';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
