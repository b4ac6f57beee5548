//! A bundled font, so every letter of Azerbaijani, Turkish, Romanian and
//! Russian names renders on every OS: egui's own font has no "ə".

/// `DejaVu Sans`: Latin Extended and Cyrillic, free licence (see `assets/`).
/// The same bytes the PDF briefing embeds, so the binary carries them once.
const DEJAVU_SANS: &[u8] = crate::export::pdf::DEJAVU_SANS;

/// Puts `DejaVu Sans` first in the proportional family, egui's fonts after it.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(DEJAVU_SANS)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        let at = usize::from(family == egui::FontFamily::Monospace);
        list.insert(at.min(list.len()), "DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}
