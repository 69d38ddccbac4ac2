#pragma once
// The rules extractor's small curated lists (internal to graph/extract). Every
// lookup takes a case-folded string; the sets are only searched, never iterated.

#include <string_view>

namespace notegraph::rules {

enum class ListType { none, person, place, organization, event };

/// Returns the type of a well-known name ("ukraine", "kremlin", "world war ii"): the
/// curated lists, then the ISO 3166 places and WordNet's instance nouns that are
/// neither an English word nor a given name ("helmand" is a place; "central" and "victoria" are not).
ListType known_name(std::string_view folded);
/// Whether `folded` heads names of things rather than people ("prize", "century").
bool is_common_noun_head(std::string_view folded);
/// Whether `folded` is a generic region word that follows a place's name ("region").
bool is_region_word(std::string_view folded);
/// Whether `folded` is a common English noun or adjective often capitalized in titles.
bool is_common_vocabulary(std::string_view folded);
/// Whether `folded` is a nationality adjective ("russian", "german").
bool is_nationality(std::string_view folded);
/// Whether `folded` is a common given name (any culture) or a common East Asian surname.
bool is_given_name(std::string_view folded);
/// Whether `folded` is a title or honorific that precedes a person's name.
bool is_title(std::string_view folded);
/// Whether `folded` is a function word or a common sentence opener.
bool is_common_word(std::string_view folded);
/// Whether `folded` joins the words of a name ("of", "de", "von", "für").
bool is_connector(std::string_view folded);
/// Whether `folded` is an acronym that names no entity ("ceo", "gdp", "ai").
bool is_common_acronym(std::string_view folded);
/// Whether `folded` is an ordinary English word, by the dictionary (wamerican's
/// lowercase words and WordNet's verbs, adjectives and adverbs; see lexicon.cpp):
/// "challenges", "focus", "musk" are; "paris", "buffett", "llm" are not. A compound
/// of such words ("follow-up") is one.
bool is_dictionary_word(std::string_view folded);
/// Whether `folded` is an English adjective by WordNet ("western", "democratic").
bool is_adjective(std::string_view folded);
/// The type of a name that Debian's data lists, for known_name: a country or
/// subdivision of ISO 3166 (iso-codes: "alaska", "kabul") is a place, a WordNet
/// instance noun has the type of its lexicographer file ("einstein" person, "novgorod"
/// place); none for names WordNet files under two types and for ordinary names (all
/// words English words, or a given name). See lexicon.cpp.
ListType listed_name(std::string_view folded);
/// Whether `folded` is a weekday or a holiday (never an entity on its own).
bool is_calendar_word(std::string_view folded);

/// Type of a name whose head (last word before "of") is `folded`: "university" →
/// organization, "forum" → event, "river" → place.
ListType head_keyword(std::string_view folded);
/// Type of a name whose first word is `folded`: "lake" → place, "battle" → event.
ListType prefix_keyword(std::string_view folded);
/// Type suggested by a lowercase word right after a name ("region", "party").
ListType cue_after(std::string_view folded);
/// Whether a lowercase word right after a name marks a person ("said", "who").
bool is_person_verb(std::string_view folded);
/// Whether a lowercase word right before a name marks a person ("economist").
bool is_person_role(std::string_view folded);
/// Whether "<participle> by NAME" marks a person ("led", "founded").
bool is_by_participle(std::string_view folded);
/// Whether a word right before a name suggests a place ("in", "near").
bool is_place_preposition(std::string_view folded);
/// Whether a word before a bare year makes it a date ("in", "since").
bool is_year_cue(std::string_view folded);
/// Whether a word after a number shows it is a quantity, not a year ("people").
bool is_measure_word(std::string_view folded);

/// Returns 1–12 for a month name or abbreviation ("sept"), else 0.
int month_number(std::string_view folded);

}  // namespace notegraph::rules
