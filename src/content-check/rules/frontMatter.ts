import Ajv, {type ErrorObject} from 'ajv';
import {didYouMean} from '../closest';
import {describeValue, mustBe, typeHint} from '../describe';
import {locateInYaml, pointerToPath, valueAt, type PathSegment, type PathTarget} from '../yamlPaths';
import type {Article, Finding, Rule} from '../types';

const stringList = {type: 'array', items: {type: 'string'}} as const;
const optionalString = {type: ['string', 'null']} as const;
const headingLevel = {type: 'integer', minimum: 2, maximum: 6} as const;

/** The Docusaurus doc frontmatter fields an article may use, with their types. */
export const DOC_FRONT_MATTER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: {type: 'string', pattern: '^[^/]+$'},
    title: {type: 'string'},
    description: {type: 'string'},
    slug: {type: 'string'},
    sidebar_position: {type: 'number'},
    sidebar_label: {type: 'string'},
    sidebar_class_name: {type: 'string'},
    sidebar_custom_props: {type: 'object'},
    displayed_sidebar: optionalString,
    tags: stringList,
    keywords: stringList,
    image: {type: 'string'},
    hide_title: {type: 'boolean'},
    hide_table_of_contents: {type: 'boolean'},
    toc_min_heading_level: headingLevel,
    toc_max_heading_level: headingLevel,
    pagination_label: {type: 'string'},
    pagination_next: optionalString,
    pagination_prev: optionalString,
    parse_number_prefixes: {type: 'boolean'},
    custom_edit_url: optionalString,
    draft: {type: 'boolean'},
    unlisted: {type: 'boolean'},
    last_update: {
      type: 'object',
      additionalProperties: false,
      properties: {date: {type: 'string'}, author: {type: 'string'}},
    },
    // Obsidian keeps other names of a note here; Docusaurus ignores it.
    aliases: stringList,
  },
} as const;

export const FRONT_MATTER_FIELDS = Object.keys(DOC_FRONT_MATTER_SCHEMA.properties);

const validate = new Ajv({allErrors: true, strict: true}).compile(DOC_FRONT_MATTER_SCHEMA);

function fieldName(where: PathSegment[]): string {
  return where.map((segment, index) => (typeof segment === 'number' ? `의 ${segment + 1}번째 항목` : index ? `.${segment}` : segment)).join('');
}

function message(error: ErrorObject, data: Record<string, unknown>): {where: PathSegment[]; at: PathTarget; text: string} {
  const where = pointerToPath(error.instancePath, data);
  const actual = valueAt(data, where);
  const field = fieldName(where);
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      const known = where.length ? ['date', 'author'] : FRONT_MATTER_FIELDS;
      const guess = didYouMean(unknown, known);
      const full = [...where, unknown];
      return {
        where: full,
        at: 'key',
        text: guess
          ? `알 수 없는 frontmatter 필드 ${fieldName(full)} 입니다. 철자를 확인하세요${guess}`
          : `알 수 없는 frontmatter 필드 ${fieldName(full)} 입니다. Docusaurus 문서 필드(title, description, sidebar_position, tags 등)만 쓸 수 있습니다.`,
      };
    }
    case 'type': {
      const expected = String(error.params.type).split(',');
      return {
        where,
        at: 'value',
        text: `frontmatter ${field} 은(는) ${mustBe(expected)} 하는데 ${describeValue(actual)} 입니다.${typeHint(expected, actual)}`,
      };
    }
    case 'minimum':
    case 'maximum':
      return {where, at: 'value', text: `frontmatter ${field} 은(는) 2에서 6 사이의 정수여야 합니다.`};
    case 'pattern':
      return {where, at: 'value', text: `frontmatter ${field} 에는 / 를 쓸 수 없습니다. 주소를 바꾸려면 slug 를 쓰세요.`};
    default:
      return {where, at: 'value', text: `frontmatter ${field} 의 값이 올바르지 않습니다 (${error.message ?? error.keyword}).`};
  }
}

function checkFrontMatter(article: Article): Finding[] {
  const {document, lineCounter, firstLine, data, problems} = article.frontMatter;
  // Problems the build stops on too, found by the parser both share.
  const shared = problems.map(({line, column, message}) => ({line, column, severity: 'error' as const, message}));
  if (!document || !lineCounter || firstLine === undefined || document.errors.length > 0) return shared;
  const at = (line: number, column: number) => ({line: firstLine + line - 1, column});
  if (validate(data)) return shared;
  const reported = new Set(shared.map(({line, column}) => `${line}:${column}`));
  return [...shared, ...schemaFindings(document, lineCounter, data, at).filter(({line, column}) => !reported.has(`${line}:${column}`))];
}

function schemaFindings(
  document: NonNullable<Article['frontMatter']['document']>,
  lineCounter: NonNullable<Article['frontMatter']['lineCounter']>,
  data: Record<string, unknown>,
  at: (line: number, column: number) => {line: number; column: number},
): Finding[] {
  return (validate.errors ?? []).map((error) => {
    const {where, at: target, text} = message(error, data);
    const {line, col} = lineCounter.linePos(locateInYaml(document, where, target));
    return {...at(line, col), severity: 'error' as const, message: text};
  });
}

/** Frontmatter must be YAML, and use only Docusaurus' doc fields with the right types. */
export const frontMatter: Rule = {
  name: 'front-matter',
  check: checkFrontMatter,
};
