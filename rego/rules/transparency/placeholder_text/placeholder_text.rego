# METADATA
# title: Placeholder text left in the notice
# description: |
#   Template placeholders such as "[company name]", "[...]", "TODO" or "lorem
#   ipsum" show that part of the notice was never filled in. The reader then
#   lacks the information the placeholder stands for, and the notice is not
#   the clear and intelligible information Art. 12(1) requires. Every string
#   value of the notice is checked against the placeholder patterns in
#   facts/vocabulary.json.
# related_resources:
#   - description: GDPR Art. 12(1), concise, transparent, intelligible information in clear and plain language
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: placeholder-text
#   severity: warning
#   references:
#     - GDPR Art. 12(1)
#   fix: |
#     Replace the placeholder with the real information (the controller's name,
#     an address, a date, a link), or remove the sentence if it does not apply.
#   examples:
#     avoid: |
#       controller:
#         name: "[company name]"
#         contact:
#           email: privacy@example.be
#     prefer: |
#       controller:
#         name: Atelier Voorbeeld BV
#         contact:
#           email: privacy@example.be
# scope: package
package noticelint.rules.transparency.placeholder_text

import data.noticelint.facts

report contains {
	"message": $"The notice still contains the placeholder \"{_cut(matches[0][0])}\"; replace it with the real information.",
	"pointer": pointer,
} if {
	some [prefix, section] in _suspect_sections
	walk(section, [path, value])
	is_string(value)
	_suspect(value)
	matches := regex.find_all_string_submatch_n(_pattern, value, 1)
	count(matches) > 0
	pointer := _pointer(array.concat(prefix, path))
}

# _pattern matches any of the placeholder patterns, each in its own group so
# that inline flags such as (?i) stay local to it.
_pattern := concat("|", [$"(?:{p})" | some p in facts.vocabulary.placeholders])

# _suspect_sections are the parts of the notice where a marker of a leftover
# appears, each with the path to it: a top-level field, or one element of a
# top-level list such as one activity. Matching every value is costly, so
# the whole notice is scanned first, as text, for the markers, then each
# part for the markers found, and only the parts that hold one are walked
# value by value. The three bodies are _suspect written out: calling it for
# every part took twice as long.
_suspect_sections contains [prefix, section] if {
	some marker in _found
	some [prefix, section, text] in _written_sections
	contains(text, marker)
}

_suspect_sections contains [prefix, section] if {
	some marker in _found_any_case
	some [prefix, section, text] in _written_sections
	contains(lower(text), marker)
}

_suspect_sections contains [prefix, section] if {
	_found_bracket
	some [prefix, section, text] in _written_sections
	_opens_bracket(text)
}

# The sections written out, once the notice as a whole holds a marker.
_written_sections := [[prefix, section, $"{section}"] |
	_found_any
	some [prefix, section] in _sections
]

_sections contains [[key], section] if {
	some key, section in input.notice
	not is_array(section)
}

_sections contains [[key, i], item] if {
	some key, section in input.notice
	is_array(section)
	some i, item in section
}

# Every placeholder pattern contains one of the markers, so a text without
# any holds no placeholder. The markers are literals, and searching for a
# literal is several times faster than matching a regular expression. The
# notice is written out the way Rego prints values (JSON in the WebAssembly
# build), which keeps every character of every string.
_found contains marker if {
	some marker in facts.vocabulary.placeholder_markers
	contains(_serialised, marker)
}

_found_any_case contains marker if {
	lowered := lower(_serialised)
	some marker in facts.vocabulary.placeholder_markers_any_case
	contains(lowered, marker)
}

_found_bracket if _opens_bracket(_serialised)

_found_any if count(_found) > 0

_found_any if count(_found_any_case) > 0

_found_any if _found_bracket

# _suspect holds when text, a part of the notice written out or a string,
# holds one of the markers found in the whole notice.
_suspect(text) if {
	some marker in _found
	contains(text, marker)
}

_suspect(text) if {
	some marker in _found_any_case
	contains(lower(text), marker)
}

_suspect(text) if {
	_found_bracket
	_opens_bracket(text)
}

# _opens_bracket holds for a bracket that may open a placeholder. In
# written-out text an array opens with '[' followed by '"', '{' or ']' (the
# notice has no arrays of numbers), so a bracket followed by anything else
# lies inside a string; and no placeholder pattern starts that way either.
# Removing the brackets that open arrays is faster than looking at every
# bracket, and never removes a bracket followed by anything else.
_opens_bracket(text) if contains(replace(replace(replace(text, "[\"", ""), "[{", ""), "[]", ""), "[")

# _serialised is the whole notice as text. On a large notice writing it
# costs half as much as json.marshal.
_serialised := $"{input.notice}"

# _pointer is the JSON Pointer (RFC 6901) of a walk path.
_pointer(path) := concat("", [$"/{_segment(key)}" | some key in path])

_segment(key) := format_int(key, 10) if is_number(key)

_segment(key) := replace(replace(key, "~", "~0"), "/", "~1") if is_string(key)

# _cut keeps a long match readable.
_cut(s) := s if count(s) <= 60

_cut(s) := concat("", [substring(s, 0, 57), "..."]) if count(s) > 60
