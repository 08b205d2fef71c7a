// HTML review page assets: the inline style sheet and script of write_html's page (no network,
// no external fonts or images). The script filters findings and runs a DOM self-check.
#pragma once

#include <string_view>

namespace argmap {

// The page's <style> content: layout, role and severity colours, filter classes.
extern const std::string_view kHtmlStyle;
// The page's <script> content: severity filter, relation hover/click highlight, and a
// self-check that sets <body data-selfcheck="ok ..."> (or "fail: ...") once the page is loaded.
extern const std::string_view kHtmlScript;

}  // namespace argmap
