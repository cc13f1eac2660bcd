// The text of `corroborate --help`.
import { MAX_ARTICLE_FILE_BYTES, MAX_COLLECTION_FILE_BYTES } from './read-inputs.js';

const MIB = 1024 * 1024;

/** Usage, options, input formats, exit codes and examples. */
export const HELP_TEXT = `Usage: corroborate [options] <files or folders...>

Reads several news articles about one story, aligns their sentences, checks who
holds which office against a dated table, scores each source's agreement with
the consensus and flags outliers, with the sentences behind every flag.

Options
  --as-of <YYYY-MM-DD>  Date to judge office holders on when an article has no
                        publication date and states none
  --kb <file.json>      Extra knowledge records { roles?, terms?, snapshotDate? }
                        added to (and overriding) the bundled office holders;
                        repeat to apply several files in order
  --json                Print the whole analysis as JSON instead of the report
  --html <report.html>  Also write a self-contained HTML report
  --only-outliers       Limit the terminal report to the outlier articles
                        (--json and --html always hold every article)
  --fail-on-outlier     Exit with status 1 when any article is an outlier
  --color, --no-color   Force colour on or off (default: on for a terminal,
                        off when NO_COLOR is set or output is piped)
  -q, --quiet           Print no report or notes (errors still go to stderr);
                        --json and --html still write their output
  --print-text          Print the text kept from each file (what Readability and
                        the Markdown reader kept), then stop; --json also holds
                        each article's text under "inputs"
  --stories <folder>    Each subfolder of <folder> is its own story: analyse them
                        in parallel and print one JSON line per story, in story
                        name order; with --html <dir>, write one report per
                        story and <dir>/index.html
  -j, --jobs <n>        Stories at once for --stories (default: one per core)
  --ledger <file.json>  Source track records across runs: judge each story
                        starting from the sources' reliability in <file.json>
                        (created if missing), record every story into it (a
                        story folder's name is its key: a re-run replaces it),
                        write it back and print the ranked source table (on
                        stderr with --stories; --verbose lists every source)
  --ledger-half-life <days|none>
                        Weigh a ledger story half after <days> (counted back
                        from its newest story), or none; kept in the file
  --verbose             Note every file skipped while reading folders
  -h, --help            Show this help
  -v, -V, --version     Show the version

Environment
  NO_COLOR              Set (to anything but empty): no colour
  FORCE_COLOR           0 or false: no colour; any other value: colour even
                        when piped (--color and --no-color win over both)
  TERM=dumb             No colour and no progress bar

Inputs (folders are read recursively, in sorted order; hidden entries skipped)
  .txt          the first line is the headline; the whole file is the text
  .md           Markdown, stripped to plain text; front matter title:,
                source:, url:, date: or publishedAt: is read
  .html, .htm   the main article text (Readability); <title> or og:title,
                article:published_time or <time datetime>
  .json         one article {"id","text","source","title","url","publishedAt"}
                or an array of them
  .jsonl        one article object per line
  An article's id is its path relative to the inputs' common folder, without
  the extension (or the JSON "id"). Files over ${MAX_ARTICLE_FILE_BYTES / MIB} MiB (.json and .jsonl:
  ${MAX_COLLECTION_FILE_BYTES / MIB} MiB) are refused.

Exit status
  0  analysed (outliers are reported, not failures, unless --fail-on-outlier)
  1  --fail-on-outlier and at least one outlier
  2  bad input or usage: the message names the file or option to fix
  3  an internal error (a bug: please report it with the input)

Examples
  corroborate articles/
  corroborate --as-of 2025-10-26 a.txt b.md c.html
  corroborate --json articles/ > analysis.json
  corroborate --html report.html --quiet articles/
  corroborate --kb my-officials.json --fail-on-outlier --only-outliers feed.jsonl
  corroborate --stories feeds/ --ledger sources.json --html reports/ > out.jsonl
`;
