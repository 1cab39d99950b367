//! The BILOU tag set over PER, ORG, LOC, MISC and constrained Viterbi decoding.

/// Entity types, in tag order.
pub(crate) const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// `O` plus B, I, L, U for each type.
pub(crate) const NUM_TAGS: usize = 1 + 4 * TYPES.len();
/// Tag names, by tag number: `O`, then `B-PER`, `I-PER`, `L-PER`, `U-PER`, `B-ORG`, ...
pub(crate) const TAG_NAMES: [&str; NUM_TAGS] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-LOC", "I-LOC",
    "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];
/// Index of the start row / end column in a transition matrix of `(NUM_TAGS + 1)²`.
pub(crate) const EDGE: usize = NUM_TAGS;

pub(crate) const O: u8 = 0;

/// Position of a tag in its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    Begin,
    Inside,
    Last,
    Unit,
}

/// The tag for type `ty` (index into [`TYPES`]) at `pos`.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the trainer
pub(crate) fn tag(ty: usize, pos: Pos) -> u8 {
    (1 + ty * 4 + pos as usize) as u8
}

/// Type and position of a tag; `None` for `O`.
pub(crate) fn split(tag: u8) -> Option<(usize, Pos)> {
    if tag == O || usize::from(tag) >= NUM_TAGS {
        return None;
    }
    let t = usize::from(tag) - 1;
    let pos = [Pos::Begin, Pos::Inside, Pos::Last, Pos::Unit][t % 4];
    Some((t / 4, pos))
}

/// True when `next` may follow `prev` (either may be [`EDGE`]: start or end of the sentence).
pub(crate) fn allowed(prev: usize, next: usize) -> bool {
    let open =
        |t: usize| t != EDGE && matches!(split(t as u8), Some((_, Pos::Begin | Pos::Inside)));
    if open(prev) {
        // Inside an entity: only I or L of the same type.
        return next != EDGE
            && matches!((split(prev as u8), split(next as u8)), (Some((a, _)), Some((b, Pos::Inside | Pos::Last))) if a == b);
    }
    // Outside: O, B, U or the end.
    next == EDGE || matches!(split(next as u8), None | Some((_, Pos::Begin | Pos::Unit)))
}

/// The tagger's masked transitions (see [`crate::viterbi`]), built once per document.
pub(crate) struct Transitions(crate::viterbi::Transitions<NUM_TAGS>);

impl Transitions {
    /// Masks `transitions` (`(NUM_TAGS + 1)²`, see [`EDGE`]) with the BILOU constraints.
    pub(crate) fn new(transitions: &[f32]) -> Transitions {
        Transitions(crate::viterbi::Transitions::new(transitions, allowed))
    }
}

/// The best tag sequence for `emissions` (one row of `NUM_TAGS` scores per token) under
/// `transitions` (`(NUM_TAGS + 1)²`, see [`EDGE`]), never using a forbidden transition.
/// Writes one tag per token into `out`.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training and tests, native only
pub(crate) fn viterbi(emissions: &[[f32; NUM_TAGS]], transitions: &[f32], out: &mut Vec<u8>) {
    viterbi_with(
        emissions,
        &Transitions::new(transitions),
        &mut Vec::new(),
        out,
    );
}

/// [`viterbi`] with transitions masked beforehand and a reusable back-pointer buffer.
pub(crate) fn viterbi_with(
    emissions: &[[f32; NUM_TAGS]],
    tr: &Transitions,
    back: &mut Vec<[u8; NUM_TAGS]>,
    out: &mut Vec<u8>,
) {
    crate::viterbi::decode(emissions, &tr.0, back, out, O);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(tags: &[u8]) -> bool {
        let mut prev = EDGE;
        for &t in tags {
            if !allowed(prev, usize::from(t)) {
                return false;
            }
            prev = usize::from(t);
        }
        allowed(prev, EDGE)
    }

    #[test]
    fn names_match_split() {
        for (t, name) in TAG_NAMES.iter().enumerate() {
            match split(t as u8) {
                None => assert_eq!(*name, "O"),
                Some((ty, pos)) => {
                    assert!(name.ends_with(TYPES[ty]));
                    assert_eq!(tag(ty, pos), t as u8);
                }
            }
        }
        assert!(
            allowed(EDGE, 1)
                && !allowed(EDGE, 2)
                && allowed(1, 2)
                && allowed(2, 3)
                && !allowed(1, EDGE)
        );
        assert!(!allowed(1, 7) && allowed(3, 5) && allowed(4, 4) && !allowed(4, 2));
    }

    #[test]
    fn never_emits_invalid_transitions() {
        // Random emissions that strongly prefer invalid sequences, with a fixed LCG seed.
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut rand = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as f32 / (1u64 << 31) as f32) * 20.0 - 10.0
        };
        let mut out = Vec::new();
        for len in 1..40 {
            let transitions: Vec<f32> = (0..(NUM_TAGS + 1) * (NUM_TAGS + 1))
                .map(|_| rand())
                .collect();
            let mut em: Vec<[f32; NUM_TAGS]> =
                (0..len).map(|_| std::array::from_fn(|_| rand())).collect();
            // Make I-PER the favourite everywhere.
            for row in &mut em {
                row[2] += 30.0;
            }
            viterbi(&em, &transitions, &mut out);
            assert_eq!(out.len(), len);
            assert!(
                valid(&out),
                "{:?}",
                out.iter()
                    .map(|&t| TAG_NAMES[usize::from(t)])
                    .collect::<Vec<_>>()
            );
        }
        let nan = vec![[f32::NAN; NUM_TAGS]; 3];
        viterbi(&nan, &vec![0.0; (NUM_TAGS + 1) * (NUM_TAGS + 1)], &mut out);
        assert!(valid(&out));
    }
}
