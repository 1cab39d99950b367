//! Compiles the large word lists into ready-made hash tables in `$OUT_DIR` (layout in
//! `src/static_map.rs`), so that they cost nothing at start-up: built at run time, these maps took
//! most of the browser's first analysis.
//!
//! - `clusters.bin`: word → fine cluster, from `src/tagger/clusters.txt`; `cluster_maps.bin`: the
//!   256- and 64-cluster of each of the 1024 fine clusters (`u16` each).
//! - `first_names.bin`: lower-case first name → p(female) in hundredths, from
//!   `src/lexicon/data/first_names.tsv` (a later line wins, as in a map).
//! - `common_words.bin`: common English word → 1, from `src/lexicon/data/common_words.txt`.
//! - `gazetteer.bin`: place, nationality, organization and media names → kind bits (country 1,
//!   state 2, city 4, nationality 8, organization 16, media 32), for the names made of letters
//!   and digits between single spaces, which are their own lookup key; `gazetteer_max.bin` (one
//!   byte): the most words in one of them; `gazetteer_other.tsv`: the other names with their
//!   bits, which `src/lexicon/mod.rs` keys with the tokenizer at start-up (a few hundred).

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

// `lines` and `is_plain`, as the crate reads the lists.
include!("src/lexicon/list_syntax.rs");

/// FNV-1a 64, as `src/tagger/hash.rs` computes it.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The table of `entries` (distinct keys, in a fixed order); layout in `src/static_map.rs`.
fn table(entries: &[(&str, u16)]) -> Vec<u8> {
    // About two to four keys per bucket.
    let m = (entries.len() / 4 + 1).next_power_of_two();
    let mut buckets: Vec<Vec<(&str, u16)>> = vec![Vec::new(); m];
    for &(key, value) in entries {
        assert!(key.len() < 256, "key longer than 255 bytes: {key}");
        buckets[fnv1a64(key.as_bytes()) as usize & (m - 1)].push((key, value));
    }
    let mut starts = Vec::with_capacity(m + 1);
    let mut body = Vec::new();
    for bucket in &buckets {
        starts.push(body.len() as u32);
        for &(key, value) in bucket {
            body.push(key.len() as u8);
            body.extend_from_slice(&value.to_le_bytes());
            body.extend_from_slice(key.as_bytes());
        }
    }
    starts.push(body.len() as u32);
    let mut out = Vec::with_capacity(8 + 4 * starts.len() + body.len());
    out.extend_from_slice(&(m as u32).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for s in starts {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out.extend_from_slice(&body);
    out
}

/// "0.94" → 94, "1" → 100: at most two decimals, as `src/lexicon/mod.rs` parsed them.
fn hundredths(s: &str) -> Option<u16> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let whole: u16 = int.parse().ok()?;
    let mut h = 0u16;
    for (i, b) in frac.bytes().take(2).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        h += u16::from(b - b'0') * if i == 0 { 10 } else { 1 };
    }
    Some(whole * 100 + h)
}

/// The gazetteer entries, in the lists' order: (name, kind bit).
fn gazetteer_entries(lists: &[(String, &str)]) -> Vec<(String, u16)> {
    let text = |name: &str| &lists.iter().find(|(_, n)| *n == name).expect("list").0;
    let mut out = Vec::new();
    for line in lines(text("places.tsv")) {
        let mut cols = line.split('\t');
        let (Some(name), Some(kind)) = (cols.next(), cols.next()) else {
            continue;
        };
        let bit = match kind {
            "country" => 1,
            "state" => 2,
            _ => 4,
        };
        out.push((name.to_string(), bit));
    }
    for name in lines(text("nationalities.txt")) {
        out.push((name.to_string(), 8));
        // Plural group nouns: "North Koreans", "Israelis".
        if !name.ends_with(['s', 'h']) && !name.ends_with("ese") {
            out.push((format!("{name}s"), 8));
        }
    }
    for name in lines(text("organizations.txt")).chain(lines(text("international.txt"))) {
        out.push((name.to_string(), 16));
    }
    for name in lines(text("media.txt")) {
        out.push((name.to_string(), 32));
    }
    out
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/list_syntax.rs");
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let write = |name: &str, bytes: Vec<u8>| {
        fs::write(Path::new(&out).join(name), bytes).unwrap_or_else(|e| panic!("write {name}: {e}"))
    };

    let clusters = read("src/tagger/clusters.txt");
    let mut maps = Vec::new();
    let mut words = Vec::new();
    let mut fine = 0u16;
    for line in clusters
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        if let Some(rest) = line
            .strip_prefix("map256 ")
            .or_else(|| line.strip_prefix("map64 "))
        {
            let ids: Vec<u16> = rest
                .split(' ')
                .map(|n| n.parse().expect("cluster id"))
                .collect();
            assert_eq!(ids.len(), 1024, "clusters.txt: a map of 1024 clusters");
            maps.extend(ids.iter().flat_map(|id| id.to_le_bytes()));
        } else {
            words.extend(line.split(' ').filter(|w| !w.is_empty()).map(|w| (w, fine)));
            fine += 1;
        }
    }
    assert_eq!(maps.len(), 2 * 2048, "clusters.txt: map256 and map64 lines");
    write("clusters.bin", table(&words));
    write("cluster_maps.bin", maps);

    let names = read("src/lexicon/data/first_names.tsv");
    let mut first: BTreeMap<&str, u16> = BTreeMap::new();
    for l in lines(&names) {
        if let Some((name, p)) = l.split_once('\t') {
            if let Some(p) = hundredths(p) {
                first.insert(name, p);
            }
        }
    }
    write(
        "first_names.bin",
        table(&first.into_iter().collect::<Vec<_>>()),
    );

    let common = read("src/lexicon/data/common_words.txt");
    let mut set: Vec<&str> = lines(&common).collect();
    set.sort_unstable();
    set.dedup();
    write(
        "common_words.bin",
        table(&set.into_iter().map(|w| (w, 1)).collect::<Vec<_>>()),
    );

    let lists: Vec<(String, &str)> = [
        "places.tsv",
        "nationalities.txt",
        "organizations.txt",
        "international.txt",
        "media.txt",
    ]
    .into_iter()
    .map(|name| (read(&format!("src/lexicon/data/{name}")), name))
    .collect();
    let mut plain: BTreeMap<String, u16> = BTreeMap::new();
    let mut other = String::new();
    for (name, bit) in gazetteer_entries(&lists) {
        if is_plain(&name) {
            *plain.entry(name).or_default() |= bit;
        } else {
            other.push_str(&format!("{name}\t{bit}\n"));
        }
    }
    let max = plain
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let entries: Vec<(&str, u16)> = plain.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    write("gazetteer.bin", table(&entries));
    write("gazetteer_max.bin", vec![max.min(255) as u8]);
    write("gazetteer_other.tsv", other.into_bytes());
}
