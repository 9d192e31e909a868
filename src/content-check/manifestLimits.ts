/**
 * The most YAML one manifest check reads (the page takes pastes of any size,
 * an article may be 200 KB): parsing and validating stay within a known
 * amount of work. Its own module so that article pages, which only link to the
 * checker, can size the `#yaml=` fragment without loading the checker.
 */
export const MAX_YAML_CHARS = 100_000;
