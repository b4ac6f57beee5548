//! A workspace's directory without its history: the countries and
//! institutions a new workspace starts from, as a colleague's copy looks
//! before any article was entered into it.

use chrono::{DateTime, Utc};

use super::{EditError, Workspace};

impl Workspace {
    /// A new workspace holding this one's countries (without their
    /// relations profile, which cites documents) and institutions (without
    /// their parents), no sources cited, and the same name and home country.
    pub fn reference_copy(&self, now: DateTime<Utc>) -> Result<Workspace, EditError> {
        let mut copy = Workspace::new(self.name());
        for country in self.countries().values() {
            let mut country = country.clone();
            country.relations = super::RelationsProfile::default();
            country.sources.clear();
            let _ = copy.add(country, now)?;
        }
        for institution in self.institutions().values() {
            let mut institution = institution.clone();
            institution.sources.clear();
            institution.parent = None;
            let _ = copy.add(institution, now)?;
        }
        let _ = copy.set_settings(self.name().to_owned(), self.home_country())?;
        Ok(copy)
    }
}
