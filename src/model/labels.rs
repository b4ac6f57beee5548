//! Closed vocabularies (document kinds, statuses, ...) that are stored as
//! `snake_case` words in the file and shown as sentence-case labels in the
//! interface's language (their message ids are `model-<enum>-<variant>`).

/// Defines a fieldless enum with its file word and its label's message id, plus `ALL`
/// in the order pickers show them. Each variant may carry its own doc
/// comment, saying what the case means.
macro_rules! labelled_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$variant_doc:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$variant_doc])* $variant),+
        }

        impl $name {
            /// Every value, in the order pickers show them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The sentence-case name a person reads, in the thread's language.
            pub fn label(self) -> String {
                match self {
                    $(Self::$variant => $crate::i18n::message($label, None)),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.label())
            }
        }
    };
}

pub(crate) use labelled_enum;
