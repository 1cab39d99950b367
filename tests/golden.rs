//! Golden tests: real news text with the entities, quotes and warnings it must yield.
//!
//! Each `tests/golden/*.json` names a text file and lists expectations; this one walker checks
//! them all, and re-slices every span of the report in all three offset units so that every
//! `text` field is proven to be the slice of the input it claims.

use std::fs;

use article_analyzer::{analyze_to_report, OffsetUnit, Options};
use serde_json::Value;

fn slice(text: &str, unit: OffsetUnit, start: usize, end: usize) -> String {
    match unit {
        OffsetUnit::Bytes => text[start..end].to_string(),
        OffsetUnit::Chars => text.chars().skip(start).take(end - start).collect(),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("span on a UTF-16 boundary")
        }
    }
}

/// Every object with start/end/text in the report is a true slice of the input.
fn check_spans(text: &str, unit: OffsetUnit, value: &Value, path: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(t)) = (map.get("start"), map.get("end"), map.get("text"))
            {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e, "{path}: start after end");
                assert_eq!(
                    slice(text, unit, s, e),
                    t.as_str().unwrap(),
                    "{path} ({unit:?})"
                );
            }
            for (k, v) in map {
                check_spans(text, unit, v, &format!("{path}.{k}"));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_spans(text, unit, v, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

fn run_golden(path: &str) -> Vec<String> {
    let golden: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let text = fs::read_to_string(golden["text"].as_str().unwrap()).unwrap();
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        let report =
            serde_json::to_value(analyze_to_report(&text, &Options { offsets: unit })).unwrap();
        check_spans(&text, unit, &report, path);
    }
    let report = serde_json::to_value(analyze_to_report(&text, &Options::default())).unwrap();
    let entities = report["entities"].as_array().unwrap();
    let name_of = |id: &Value| {
        entities
            .iter()
            .find(|e| &e["id"] == id)
            .map(|e| e["name"].as_str().unwrap().to_string())
    };
    let mut failures = Vec::new();
    for want in golden["entities"].as_array().unwrap() {
        let (kind, name) = (&want["kind"], &want["name"]);
        let matching: Vec<&Value> = entities.iter().filter(|e| &e["name"] == name).collect();
        let Some(got) = matching.iter().find(|e| &e["kind"] == kind) else {
            let kinds: Vec<&Value> = matching.iter().map(|e| &e["kind"]).collect();
            failures.push(format!(
                "{path}: no {kind} entity {name} (found as {kinds:?})"
            ));
            continue;
        };
        if matching.len() > 1 {
            failures.push(format!(
                "{path}: {name} split into {} entities",
                matching.len()
            ));
        }
        for field in ["role", "gender"] {
            if !want[field].is_null() && want[field] != got[field] {
                failures.push(format!(
                    "{path}: {name}: {field} {} instead of {}",
                    got[field], want[field]
                ));
            }
        }
        if let Some(mentions) = want["mentions"].as_array() {
            let texts: Vec<&str> = got["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["text"].as_str().unwrap())
                .collect();
            for m in mentions {
                if !texts.contains(&m.as_str().unwrap()) {
                    failures.push(format!(
                        "{path}: {name}: mention {m} missing from {texts:?}"
                    ));
                }
            }
        }
    }
    let quotes = report["quotes"].as_array().unwrap();
    for want in golden["quotes"].as_array().unwrap() {
        let starts = want["starts"].as_str().unwrap();
        let Some(got) = quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().starts_with(starts))
        else {
            failures.push(format!("{path}: no quote starting {starts:?}"));
            continue;
        };
        if got["kind"] != want["kind"] {
            failures.push(format!(
                "{path}: quote {starts:?} is {} instead of {}",
                got["kind"], want["kind"]
            ));
        }
        let speaker = &got["speaker"];
        if let Some(name) = want["speaker"].as_str() {
            let got_name = name_of(&speaker["entity"]);
            if got_name.as_deref() != Some(name) {
                failures.push(format!(
                    "{path}: quote {starts:?} attributed to {got_name:?} ({}) instead of {name}",
                    speaker["text"]
                ));
            }
        }
        if want["anonymous"] == Value::Bool(true) && speaker["anonymous"] != Value::Bool(true) {
            failures.push(format!(
                "{path}: quote {starts:?} should have an anonymous source, has {speaker}"
            ));
        }
        if want["kind"] == "scare" && !speaker.is_null() {
            failures.push(format!("{path}: scare quote {starts:?} has a speaker"));
        }
        // `"text"`: the whole quote, where its end matters (an aside cut off, a closing mark kept).
        if let Some(text) = want["text"].as_str() {
            if got["text"].as_str() != Some(text) {
                failures.push(format!(
                    "{path}: quote {starts:?} reads {} instead of {text:?}",
                    got["text"]
                ));
            }
        }
        // `"speaker_text"`: the speaker phrase as written, for a source no entity names.
        if let Some(phrase) = want["speaker_text"].as_str() {
            if speaker["text"].as_str() != Some(phrase) {
                failures.push(format!(
                    "{path}: quote {starts:?} spoken by {} instead of {phrase:?}",
                    speaker["text"]
                ));
            }
        }
        if let Some(cue) = want["cue"].as_str() {
            if got["cue"]["text"].as_str() != Some(cue) {
                failures.push(format!(
                    "{path}: quote {starts:?} cue {} instead of {cue}",
                    got["cue"]["text"]
                ));
            }
        }
        if let Some(via) = want["via"].as_str() {
            if got["via"]["text"].as_str() != Some(via) {
                failures.push(format!(
                    "{path}: quote {starts:?} via {} instead of {via}",
                    got["via"]
                ));
            }
        }
        // `"via": null`: reported through no medium.
        if want.get("via").is_some_and(Value::is_null) && !got["via"].is_null() {
            failures.push(format!(
                "{path}: quote {starts:?} should come via no medium, has {}",
                got["via"]
            ));
        }
    }
    // `"not_quoted"`: words no quote may hold (a place a participle names, a heading).
    for words in golden["not_quoted"].as_array().into_iter().flatten() {
        let words = words.as_str().unwrap();
        if let Some(q) = quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().contains(words))
        {
            failures.push(format!("{path}: {words:?} quoted in {}", q["text"]));
        }
    }
    // `"not_entities"`: names no entity may have (a title or a nickname taken for a name).
    for name in golden["not_entities"].as_array().into_iter().flatten() {
        if entities.iter().any(|e| &e["name"] == name) {
            failures.push(format!("{path}: an entity named {name}"));
        }
    }
    let warnings = report["warnings"].as_array().unwrap();
    for want in golden["warnings"].as_array().unwrap() {
        if !warnings
            .iter()
            .any(|w| w["code"] == want["code"] && w["text"] == want["text"])
        {
            failures.push(format!("{path}: missing warning {want}"));
        }
    }
    failures
}

#[test]
fn golden_files() {
    let mut failures = Vec::new();
    let mut files: Vec<_> = fs::read_dir("tests/golden")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in &files {
        failures.extend(run_golden(f.to_str().unwrap()));
    }
    assert!(
        failures.is_empty(),
        "{} golden failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
