//! The command-line interface on real files: results, streaming JSONL and clear errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-analyzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn analyzes_a_file_in_every_offset_unit() {
    let text = std::fs::read_to_string("tests/data/seed-article.txt").unwrap();
    for unit in ["utf16", "chars", "bytes"] {
        let out = run(
            &["analyze", "--offsets", unit, "tests/data/seed-article.txt"],
            b"",
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["schema"], 1);
        assert_eq!(report["offsets"], unit);
        let lavrov = report["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == "Sergey Lavrov")
            .expect("Lavrov found");
        let first = &lavrov["mentions"][0];
        let (s, e) = (
            first["start"].as_u64().unwrap() as usize,
            first["end"].as_u64().unwrap() as usize,
        );
        let sliced: String = match unit {
            "bytes" => text[s..e].to_string(),
            "chars" => text.chars().skip(s).take(e - s).collect(),
            _ => String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[s..e]).unwrap(),
        };
        assert_eq!(sliced, "Sergey Lavrov");
    }
}

#[test]
fn streams_jsonl_and_reports_bad_lines() {
    let input = "{\"id\": 1, \"text\": \"Lavrov said it.\"}\nnot json\n{\"id\": \"b\", \"text\": \"“Go,” she said. 😀\"}\n{\"id\": 3}\n";
    let out = run(
        &["analyze", "--jsonl", "--offsets", "chars"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one output line per input line");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["schema"], 1);
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["code"], "bad-json");
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["quotes"][0]["text"], "Go");
    assert_eq!(lines[3]["id"], 3);
    let err = stderr(&out);
    assert!(
        err.contains("<stdin>:2:") && err.contains("<stdin>:4:"),
        "{err}"
    );
    assert!(err.contains("2 of 4 lines failed"), "{err}");
}

#[test]
fn names_the_missing_file_and_the_bad_byte() {
    let out = run(&["analyze", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no/such/file.txt: cannot open"),
        "{}",
        stderr(&out)
    );

    let dir = std::env::temp_dir().join(format!("aa-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Hello \xff world").unwrap();
    let out = run(&["analyze", bad.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 6"),
        "{}",
        stderr(&out)
    );

    let out = run(
        &["analyze", "--jsonl"],
        b"{\"id\":1,\"text\":\"ok\"}\n\xfe\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("<stdin>:2: invalid UTF-8 at byte offset 0"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn rejects_bad_usage() {
    let out = run(&["analyze", "--offsets", "words"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown unit"));
    let out = run(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
}
