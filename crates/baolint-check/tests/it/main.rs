//! The one integration-test binary of the checker: the corpus snapshot
//! suite, the rule fixtures, the properties and the tidy checks.

mod corpus;
mod properties;
mod rule_fixtures;
mod support;
mod tidy;
