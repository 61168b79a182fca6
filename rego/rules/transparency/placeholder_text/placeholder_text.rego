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

# Every placeholder pattern holds a literal marker (facts/vocabulary.json:
# placeholder_markers, placeholder_markers_any_case, or a '['), and
# searching for a literal is many times faster than matching the patterns.
# So the rule looks for the markers in every string of the notice at once
# (_text) first, then in each part of the notice written out (a top-level
# field, or one element of a top-level list such as one activity), and
# matches the patterns only against the strings of the parts that hold one.
report contains {
	"message": $"The notice still contains the placeholder \"{_cut(matches[0][0])}\"; replace it with the real information.",
	"pointer": pointer,
} if {
	some [prefix, path, value] in _suspect_strings
	matches := regex.find_all_string_submatch_n(_pattern, value, 1)
	count(matches) > 0
	pointer := _pointer(array.concat(prefix, path))
}

# _pattern matches any of the placeholder patterns, each in its own group so
# that inline flags such as (?i) stay local to it.
_pattern := concat("|", [$"(?:{p})" | some p in facts.vocabulary.placeholders])

# _suspect_strings are the strings that hold a marker, each with the path to
# it: the path to its part and the path within the part.
_suspect_strings contains [prefix, path, value] if {
	some n in _suspect_sections
	[prefix, section, _] := _written_sections[n]
	walk(section, [path, value])
	is_string(value)
	some marker in _literal_markers
	contains(value, marker)
}

_suspect_strings contains [prefix, path, value] if {
	some n in _suspect_sections
	[prefix, section, _] := _written_sections[n]
	walk(section, [path, value])
	is_string(value)
	some marker in _found_any_case
	contains(lower(value), marker)
}

# _suspect_sections are the indexes of the parts that hold a marker. Written
# out, a part holds '[' wherever it holds a list, followed by '"', '{' or ']'
# (the notice has no lists of numbers); no placeholder starts that way.
_suspect_sections contains n if {
	some marker in _found
	some n, [_, _, text] in _written_sections
	contains(text, marker)
}

_suspect_sections contains n if {
	some marker in _found_any_case
	some n, [_, _, text] in _written_sections
	contains(lower(text), marker)
}

_suspect_sections contains n if {
	_found_bracket
	some n, [_, _, text] in _written_sections
	regex.match(`\[[^"{\]]`, text)
}

# The parts of the notice written out, once the notice holds a marker.
_written_sections := array.concat(
	[[[key], section, $"{section}"] | _found_any; some key, section in input.notice; not is_array(section)],
	[[[key, i], item, $"{item}"] | _found_any; some key, section in input.notice; is_array(section); some i, item in section],
)

# The markers the whole notice holds.
_found contains marker if {
	some marker in facts.vocabulary.placeholder_markers
	contains(_text, marker)
}

_found_any_case contains marker if {
	lowered := lower(_text)
	some marker in facts.vocabulary.placeholder_markers_any_case
	contains(lowered, marker)
}

_found_bracket if contains(_text, "[")

_found_any if count(_found) > 0

_found_any if count(_found_any_case) > 0

_found_any if _found_bracket

# _text is every string of the notice, which the engine gives as input.text;
# given only the notice, the rule writes it out, which holds every string
# too, and more brackets.
_text := input.text if is_string(input.text) else := $"{input.notice}"

# The case-sensitive markers found, '[' among them when found.
_literal_markers := array.concat([m | some m in _found], ["[" | _found_bracket])

# _pointer is the JSON Pointer (RFC 6901) of a walk path.
_pointer(path) := concat("", [$"/{_segment(key)}" | some key in path])

_segment(key) := format_int(key, 10) if is_number(key)

_segment(key) := replace(replace(key, "~", "~0"), "/", "~1") if is_string(key)

# _cut keeps a long match readable.
_cut(s) := s if count(s) <= 60

_cut(s) := concat("", [substring(s, 0, 57), "..."]) if count(s) > 60
