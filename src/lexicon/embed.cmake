# Writes OUT, a C++ source defining argmap::embedded_lexicon(lang) over the
# JSON files in INPUTS ("|"-separated, one per language, named <lang>.json).
set(body "// Generated from src/lexicon/*.json at build time. Do not edit.\n")
string(APPEND body "#include <string_view>\n\nnamespace argmap {\n\n")
string(APPEND body "std::string_view embedded_lexicon(std::string_view lang) {\n")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
foreach(input IN LISTS INPUTS)
  get_filename_component(lang ${input} NAME_WE)
  file(READ ${input} content)
  string(APPEND body "  if (lang == \"${lang}\") {\n    return R\"argmap_json(${content})argmap_json\";\n  }\n")
endforeach()
string(APPEND body "  return {};\n}\n\n}  // namespace argmap\n")
file(WRITE ${OUT}.tmp "${body}")
file(RENAME ${OUT}.tmp ${OUT})
