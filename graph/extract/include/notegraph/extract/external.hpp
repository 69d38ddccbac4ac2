#pragma once
// The external extractor (SPEC 4.5): any command that reads JSON Lines on stdin and
// answers JSON Lines on stdout, so spaCy, compromise or a cloud model can plug in.
//
// Protocol, one line each way per prose block, answers in request order:
//   request:  {"note": "a/b.md", "block": 3, "text": "Trump met Chemezov in Moscow."}
//   answer:   {"entities": [{"text": "Chemezov", "type": "person"}, …]}   (or a bare array)
// An entity may also give "name" (canonical name), "sameAs" (an IRI) and "begin"/"end"
// (UTF-8 byte offsets in the text); without offsets its "text" is looked up in the
// block, successive mentions of one text taking successive occurrences.

#include <string>

#include "notegraph/extract/extract.hpp"

namespace notegraph {

class ExternalExtractor final : public NoteExtractor {
 public:
  /// `command` runs through /bin/sh -c, once per observe() call (a batch of notes).
  explicit ExternalExtractor(std::string command) : command_(std::move(command)) {}
  ExtractorKind kind() const override { return ExtractorKind::external; }
  /// A command that cannot start, exits non-zero, answers too few lines or invalid
  /// JSON yields a diagnostic; what it did answer is kept.
  void observe(std::span<const ParsedNote* const> notes, std::span<NoteObservation> out,
               std::vector<Diagnostic>& diagnostics) const override;

 private:
  std::string command_;
};

}  // namespace notegraph
