//! The command-line interface: analyze files or JSONL archives, evaluate, train.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

use article_analyzer::{analyze_to_report, OffsetUnit, Options, Report};
use serde::Serialize;

const USAGE: &str = "\
article-analyzer: who and what a news article mentions, and who said what.

USAGE:
    article-analyzer analyze [--offsets utf16|chars|bytes] [--jsonl] [--compact] [FILE...]
    article-analyzer eval conll [FILE] [--stage pipeline|rules|tagger]
    article-analyzer eval polnear [DIR] [--agreement]
    article-analyzer train ner [--train FILE] [--dev FILE] [--out FILE] [--epochs N]
    article-analyzer train attrib [--train DIR] [--dev DIR] [--out FILE] [--epochs N]

analyze
    Reads each FILE (or standard input when none or `-`) as one article of UTF-8 text and writes
    the result as JSON (schema 1; see README.md). With several files, writes one JSON object per
    line, each with a \"file\" field. With --jsonl, reads lines of {\"id\": ..., \"text\": ...} and
    writes one result per line with the same \"id\"; a bad line is reported on standard error with
    its line number, written as {\"id\", \"line\", \"error\"}, and the rest still runs.
    --offsets   unit of every start/end: utf16 (default; JavaScript), chars (Unicode scalar
                values; Python) or bytes (UTF-8)
    --compact   one-line JSON for a single article (default: pretty)

eval conll [FILE]     CoNLL-2003 exact-span precision, recall and F1 per type and micro, of the
                      full pipeline (default), the rule baseline or the trained tagger alone.
                      Documents are fed as text through the product's own tokenizer.
eval polnear [DIR]    quote attribution on a PolNeAR split (text/ + attributions/): content
                      overlap and exact F1, cue F1, source accuracy; all and direct quotes.
                      --agreement scores the annotators instead: on articles with several
                      .ann files, each other one against the first, by the same rules
train ner             trains the entity tagger from CoNLL-2003 files and writes the model
                      (defaults: $ARTICLE_ANALYZER_DATA/conll2003/{train,dev}.txt, src/tagger/ner.model)
train attrib          trains the reported-speech model from PolNeAR and writes the model
                      (defaults: $ARTICLE_ANALYZER_DATA/polnear/{train,dev}, src/attrib/attrib.model)

Corpora are read from the paths given; ARTICLE_ANALYZER_DATA may name the data folder.
Exit status: 0 on success, 1 when some input could not be read or analyzed, 2 on bad usage.
";

/// A failure that names what could not be read.
struct CliError(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze_command(&args[1..]),
        Some("eval") => eval_command(&args[1..]),
        Some("train") => train_command(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some("-V" | "--version") => {
            println!("article-analyzer {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(CliError(format!("expected a command\n\n{USAGE}"))),
    };
    match result {
        Ok(code) => code,
        Err(CliError(message)) => {
            eprintln!("article-analyzer: {message}");
            ExitCode::from(2)
        }
    }
}

struct AnalyzeArgs {
    options: Options,
    jsonl: bool,
    compact: bool,
    files: Vec<String>,
}

fn parse_analyze_args(args: &[String]) -> Result<AnalyzeArgs, CliError> {
    let mut out = AnalyzeArgs {
        options: Options::default(),
        jsonl: false,
        compact: false,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => out.jsonl = true,
            "--compact" => out.compact = true,
            "--offsets" => {
                let unit = it
                    .next()
                    .ok_or_else(|| CliError("--offsets needs utf16, chars or bytes".into()))?;
                out.options.offsets = OffsetUnit::parse(unit).ok_or_else(|| {
                    CliError(format!(
                        "--offsets: unknown unit {unit:?} (use utf16, chars or bytes)"
                    ))
                })?;
            }
            s if s.starts_with("--offsets=") => {
                let unit = &s["--offsets=".len()..];
                out.options.offsets = OffsetUnit::parse(unit).ok_or_else(|| {
                    CliError(format!(
                        "--offsets: unknown unit {unit:?} (use utf16, chars or bytes)"
                    ))
                })?;
            }
            s if s.starts_with("--") => {
                return Err(CliError(format!("unknown option {s}\n\n{USAGE}")))
            }
            _ => out.files.push(arg.clone()),
        }
    }
    Ok(out)
}

/// Runs the analysis, turning a panic (a bug) into an error for this one input.
fn analyze_safely(text: &str, options: &Options) -> Result<Report, String> {
    catch_unwind(AssertUnwindSafe(|| analyze_to_report(text, options))).map_err(|_| {
        "internal error: the analyzer panicked on this input (please report it)".to_string()
    })
}

fn decode(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{what}: invalid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn open_input(name: &str) -> Result<Box<dyn Read>, String> {
    if name == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    File::open(name)
        .map(|f| Box::new(f) as Box<dyn Read>)
        .map_err(|e| format!("{name}: cannot open: {e}"))
}

fn analyze_command(args: &[String]) -> Result<ExitCode, CliError> {
    let args = parse_analyze_args(args)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    let mut failed = 0usize;
    let result = (|| -> io::Result<()> {
        if args.jsonl {
            for name in &files {
                failed += analyze_jsonl(name, &args.options, &mut out)?;
            }
            return Ok(());
        }
        let single = files.len() == 1;
        for name in &files {
            let label = if name == "-" {
                "<stdin>"
            } else {
                name.as_str()
            };
            let text = open_input(name).and_then(|mut r| {
                let mut bytes = Vec::new();
                r.read_to_end(&mut bytes)
                    .map_err(|e| format!("{label}: cannot read: {e}"))?;
                decode(bytes, label)
            });
            let report = text.and_then(|t| {
                analyze_safely(&t, &args.options).map_err(|e| format!("{label}: {e}"))
            });
            match report {
                Ok(report) if single && !args.compact => {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                }
                Ok(report) if single => {
                    serde_json::to_writer(&mut out, &report)?;
                    writeln!(out)?;
                }
                Ok(report) => {
                    #[derive(Serialize)]
                    struct FileResult<'a> {
                        file: &'a str,
                        #[serde(flatten)]
                        report: &'a Report,
                    }
                    serde_json::to_writer(
                        &mut out,
                        &FileResult {
                            file: label,
                            report: &report,
                        },
                    )?;
                    writeln!(out)?;
                }
                Err(message) => {
                    eprintln!("article-analyzer: {message}");
                    failed += 1;
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = result.and_then(|()| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(CliError(format!("cannot write output: {e}")));
        }
    }
    if failed > 0 {
        eprintln!("article-analyzer: {failed} input(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Deserialize)]
struct JsonlInput {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// Streams one JSONL input: one line in, one line out, in constant memory. Returns how many
/// lines failed.
fn analyze_jsonl(name: &str, options: &Options, out: &mut impl Write) -> io::Result<usize> {
    let label = if name == "-" { "<stdin>" } else { name };
    let reader = match open_input(name) {
        Ok(r) => BufReader::with_capacity(1 << 16, r),
        Err(message) => {
            eprintln!("article-analyzer: {message}");
            return Ok(1);
        }
    };
    #[derive(Serialize)]
    struct LineResult<'a> {
        id: &'a serde_json::Value,
        #[serde(flatten)]
        report: &'a Report,
    }
    #[derive(Serialize)]
    struct LineError<'a> {
        id: &'a serde_json::Value,
        line: usize,
        error: ErrorOut<'a>,
    }
    #[derive(Serialize)]
    struct ErrorOut<'a> {
        code: &'a str,
        message: &'a str,
    }
    let mut failed = 0;
    let mut reader = reader;
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let n = match reader.read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => {
                eprintln!(
                    "article-analyzer: {label}:{}: cannot read: {e}",
                    line_no + 1
                );
                return Ok(failed + 1);
            }
        };
        if n == 0 {
            break;
        }
        line_no += 1;
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = std::str::from_utf8(&buf)
            .map_err(|e| {
                (
                    "invalid-utf8",
                    format!(
                        "invalid UTF-8 at byte offset {} of the line",
                        e.valid_up_to()
                    ),
                )
            })
            .and_then(|s| {
                serde_json::from_str::<JsonlInput>(s).map_err(|e| {
                    (
                        "bad-json",
                        format!("not a {{\"id\", \"text\"}} JSON object: {e}"),
                    )
                })
            });
        let null = serde_json::Value::Null;
        match parsed.and_then(|input| {
            analyze_safely(&input.text, options)
                .map(|r| (input.id, r))
                .map_err(|e| ("internal", e))
        }) {
            Ok((id, report)) => {
                serde_json::to_writer(
                    &mut *out,
                    &LineResult {
                        id: &id,
                        report: &report,
                    },
                )?;
            }
            Err((code, message)) => {
                failed += 1;
                eprintln!("article-analyzer: {label}:{line_no}: {message}");
                let id = std::str::from_utf8(&buf)
                    .ok()
                    .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
                    .and_then(|v| v.get("id").cloned());
                let id = id.unwrap_or(null);
                serde_json::to_writer(
                    &mut *out,
                    &LineError {
                        id: &id,
                        line: line_no,
                        error: ErrorOut {
                            code,
                            message: &message,
                        },
                    },
                )?;
            }
        }
        writeln!(out)?;
    }
    if failed > 0 {
        eprintln!("article-analyzer: {label}: {failed} of {line_no} lines failed");
    }
    Ok(failed)
}

/// The data folder: $ARTICLE_ANALYZER_DATA, or ../shared/data beside the repository.
fn data_dir() -> std::path::PathBuf {
    std::env::var_os("ARTICLE_ANALYZER_DATA")
        .map(Into::into)
        .unwrap_or_else(|| std::path::PathBuf::from("../shared/data"))
}

fn eval_command(args: &[String]) -> Result<ExitCode, CliError> {
    use article_analyzer::tagger::eval::eval_conll_with;
    match args.first().map(String::as_str) {
        Some("conll") => {}
        Some("polnear") => return eval_polnear_command(&args[1..]),
        _ => {
            return Err(CliError(format!(
                "eval: expected `conll [FILE]` or `polnear [DIR]`\n\n{USAGE}"
            )))
        }
    }
    let mut file = None;
    let mut stage = "pipeline".to_string();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--stage" => {
                stage = it
                    .next()
                    .cloned()
                    .ok_or_else(|| CliError("--stage needs pipeline, rules or tagger".into()))?
            }
            s if s.starts_with("--") => {
                return Err(CliError(format!("eval conll: unknown option {s}")))
            }
            s => file = Some(s.to_string()),
        }
    }
    let file = file.unwrap_or_else(|| {
        data_dir()
            .join("conll2003/dev.txt")
            .to_string_lossy()
            .into_owned()
    });
    let started = std::time::Instant::now();
    let scores = match stage.as_str() {
        "pipeline" => eval_conll_with(&file, |text| {
            let a = article_analyzer::analyze(text);
            a.entities
                .iter()
                .flat_map(|e| {
                    e.mentions
                        .iter()
                        .map(move |&span| article_analyzer::Mention { span, kind: e.kind })
                })
                .collect()
        }),
        "rules" => eval_conll_with(&file, |text| {
            let tokens = article_analyzer::token::tokenize(text);
            let sentences = article_analyzer::sentence::split_sentences(text, &tokens);
            article_analyzer::entity::rules::find_names(text, &tokens, &sentences)
        }),
        "tagger" => article_analyzer::tagger::eval::eval_conll(&file),
        other => {
            return Err(CliError(format!(
                "--stage: unknown stage {other:?} (pipeline, rules or tagger)"
            )))
        }
    }
    .map_err(|e| CliError(format!("{file}: cannot read: {e}")))?;
    println!(
        "CoNLL-2003 exact-span scores of the {stage} on {file} ({} documents, {:.2} s)",
        scores.documents,
        started.elapsed().as_secs_f64()
    );
    print!("{scores}");
    Ok(ExitCode::SUCCESS)
}

fn eval_polnear_command(args: &[String]) -> Result<ExitCode, CliError> {
    let mut dir = None;
    let mut agreement = false;
    for a in args {
        match a.as_str() {
            "--agreement" => agreement = true,
            s if s.starts_with("--") => {
                return Err(CliError(format!("eval polnear: unknown option {s}")))
            }
            s => dir = Some(s.to_string()),
        }
    }
    let dir = dir.unwrap_or_else(|| {
        data_dir()
            .join("polnear/dev")
            .to_string_lossy()
            .into_owned()
    });
    let started = std::time::Instant::now();
    use article_analyzer::quote::eval::{eval_agreement, eval_polnear};
    let scores = if agreement {
        eval_agreement(&dir)
    } else {
        eval_polnear(&dir, article_analyzer::analyze)
    }
    .map_err(|e| CliError(format!("{dir}: cannot read: {e}")))?;
    let (what, unit) = if agreement {
        (
            "Agreement of the other annotators with the first (as predictions against gold)",
            "annotator pairs",
        )
    } else {
        ("PolNeAR attribution scores", "articles")
    };
    println!(
        "{what} on {dir} ({} {unit}, {:.2} s)",
        scores.articles,
        started.elapsed().as_secs_f64()
    );
    print!("{scores}");
    Ok(ExitCode::SUCCESS)
}

/// Reads `--train`, `--dev`, `--out` (paths, in that order in `paths`) and `--epochs`.
fn parse_train_args(
    command: &str,
    args: &[String],
    paths: [&mut std::path::PathBuf; 3],
    epochs: &mut usize,
) -> Result<(), CliError> {
    let [train, dev, out] = paths;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| CliError(format!("{command}: {name} needs a value")))
        };
        match a.as_str() {
            "--train" => *train = value("--train")?.into(),
            "--dev" => *dev = value("--dev")?.into(),
            "--out" => *out = value("--out")?.into(),
            "--epochs" => {
                *epochs = value("--epochs")?
                    .parse()
                    .map_err(|_| CliError(format!("{command}: --epochs needs a number")))?
            }
            other => return Err(CliError(format!("{command}: unknown option {other}"))),
        }
    }
    Ok(())
}

fn train_attrib_command(args: &[String]) -> Result<ExitCode, CliError> {
    use article_analyzer::attrib::train::{train, TrainOptions};
    let data = data_dir();
    let mut opts = TrainOptions::new(
        data.join("polnear/train"),
        data.join("polnear/dev"),
        "src/attrib/attrib.model",
    );
    parse_train_args(
        "train attrib",
        args,
        [&mut opts.train, &mut opts.dev, &mut opts.out],
        &mut opts.epochs,
    )?;
    match train(&opts) {
        Ok(report) => {
            println!(
                "wrote {}; best epoch {}; dev scores of the model alone:",
                opts.out.display(),
                report.best_epoch
            );
            print!("{}", report.dev);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("article-analyzer: train attrib: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

fn train_command(args: &[String]) -> Result<ExitCode, CliError> {
    use article_analyzer::tagger::train::{train, TrainOptions};
    match args.first().map(String::as_str) {
        Some("ner") => {}
        Some("attrib") => return train_attrib_command(&args[1..]),
        _ => {
            return Err(CliError(format!(
                "train: expected `ner` or `attrib`\n\n{USAGE}"
            )))
        }
    }
    let data = data_dir();
    let mut opts = TrainOptions::new(
        data.join("conll2003/train.txt"),
        data.join("conll2003/dev.txt"),
        "src/tagger/ner.model",
    );
    parse_train_args(
        "train ner",
        &args[1..],
        [&mut opts.train, &mut opts.dev, &mut opts.out],
        &mut opts.epochs,
    )?;
    match train(&opts) {
        Ok(report) => {
            println!(
                "wrote {} ({} bytes) in {:.0} s; best epoch {}",
                opts.out.display(),
                report.model_bytes,
                report.seconds,
                report.best_epoch
            );
            print!("{}", report.dev);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("article-analyzer: train ner: {e}");
            Ok(ExitCode::from(1))
        }
    }
}
