#pragma once
// The extractors' Unicode helpers are the text module's (graph/text): one decoder, one
// set of character classes and one fold for the whole program. This header keeps the
// extractors' includes working; new code includes notegraph/text/*.hpp.

#include "notegraph/text/chars.hpp"
#include "notegraph/text/fold.hpp"
#include "notegraph/text/utf8.hpp"
