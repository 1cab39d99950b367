//! The JavaScript binding: converts types, nothing else.
//!
//! `analyze(text, options?)` returns the result schema as plain JS objects. Options:
//! `{ offsets: "utf16" | "chars" | "bytes" }` (default `utf16`). Bad options throw an `Error`
//! whose `code` is stable: `bad-options`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::pipeline::{analyze_to_report, Options};
use crate::text::OffsetUnit;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn error(code: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err.into()
}

fn parse_options(options: &JsValue) -> Result<Options, JsValue> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(error(
            "bad-options",
            "options must be an object such as { offsets: \"utf16\" }",
        ));
    }
    let offsets =
        js_sys::Reflect::get(options, &JsValue::from_str("offsets")).unwrap_or(JsValue::UNDEFINED);
    if !offsets.is_undefined() {
        let name = offsets.as_string().unwrap_or_default();
        out.offsets = OffsetUnit::parse(&name).ok_or_else(|| {
            error(
                "bad-options",
                &format!(
                    "options.offsets must be \"utf16\", \"chars\" or \"bytes\", not {offsets:?}"
                ),
            )
        })?;
    }
    Ok(out)
}

/// Analyzes `text`; returns the result schema as plain objects.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(&options)?;
    let report = analyze_to_report(text, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report
        .serialize(&serializer)
        .map_err(|e| error("internal", &e.to_string()))
}

/// Analyzes `text`; returns the result schema as JSON text.
///
/// One string crosses the boundary instead of thousands of small objects built one property
/// at a time, so this plus `JSON.parse` is faster than [`analyze`], and a worker can post the
/// text on as it is.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, options: JsValue) -> Result<String, JsValue> {
    let options = parse_options(&options)?;
    let report = analyze_to_report(text, &options);
    serde_json::to_string(&report).map_err(|e| error("internal", &e.to_string()))
}

/// Loads the word lists and models now (see [`crate::pipeline::prepare`]); true when both
/// models are usable.
#[wasm_bindgen]
pub fn prepare() -> bool {
    crate::pipeline::prepare()
}

/// The result schema version this build produces.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    crate::report::SCHEMA_VERSION
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
