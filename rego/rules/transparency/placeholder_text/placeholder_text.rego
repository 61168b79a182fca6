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
# the whole notice is scanned first, as text, and then each part, and only
# the parts that hold a marker are walked value by value.
_suspect_sections contains [prefix, section] if {
	_suspect(_serialised)
	some [prefix, section] in _sections
	_suspect($"{section}")
}

_sections contains [[key], section] if {
	some key, section in input.notice
	not is_array(section)
}

_sections contains [[key, i], item] if {
	some key, section in input.notice
	is_array(section)
	some i, item in section
}

# _suspect holds when text holds a marker: every placeholder pattern
# contains a match of one of the markers, so text without one holds no
# placeholder. A text is a part of the notice written out the way Rego
# prints values (JSON in the WebAssembly build), which keeps every
# character of every string, or a string itself.
_suspect(text) if regex.match(_markers, text)

# Markers of patterns that ignore case, looked for as literals in the
# lower-cased text: far faster than a case-insensitive regular expression.
_suspect(text) if {
	lowered := lower(text)
	some marker in facts.vocabulary.placeholder_markers_any_case
	contains(lowered, marker)
}

_markers := concat("|", facts.vocabulary.placeholder_markers)

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
