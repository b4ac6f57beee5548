//! The application icon in the window's title bar and taskbar. The drawing
//! is `assets/icon/accord.svg`; the packages use the PNG, ICO and ICNS files
//! made from it beside it.

use std::sync::Arc;

/// The 256 px rendering: large enough for a Windows taskbar or a macOS dock
/// on a high-density screen, small enough to decode in about a millisecond.
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../assets/icon/accord-256.png");

/// The window icon. Should the embedded image not decode, an empty icon,
/// which eframe takes as "the platform's default": an icon must never keep
/// the app from starting.
#[must_use]
pub fn window_icon() -> Arc<egui::IconData> {
    Arc::new(eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::window_icon;

    #[test]
    fn the_window_icon_is_the_square_drawing_with_transparent_corners() {
        let icon = window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        let alpha_at = |x: u32, y: u32| icon.rgba[((y * icon.width + x) * 4 + 3) as usize];
        // Rounded corners show the title bar through; the middle is opaque.
        assert_eq!(alpha_at(0, 0), 0);
        assert_eq!(alpha_at(128, 20), 255);
    }
}
