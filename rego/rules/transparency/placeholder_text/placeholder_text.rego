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
	_suspect
	walk(input.notice, [path, value])
	is_string(value)
	matches := regex.find_all_string_submatch_n(_pattern, value, 1)
	count(matches) > 0
	pointer := _pointer(path)
}

# _pattern matches any of the placeholder patterns, each in its own group so
# that inline flags such as (?i) stay local to it.
_pattern := concat("|", [$"(?:{p})" | some p in facts.vocabulary.placeholders])

# _suspect holds when a marker of a leftover appears somewhere in the notice.
# Scanning the serialised notice for literal markers is far cheaper than
# matching every value, and serialising keeps every string's characters, so
# no leftover is missed.
_suspect if {
	serialised := _serialised
	some marker in facts.vocabulary.placeholder_markers
	regex.match(marker, serialised)
}

# Markers of patterns that ignore case, looked for as literals in the
# lower-cased text: far faster than a case-insensitive regular expression.
_suspect if {
	lowered := lower(_serialised)
	some marker in facts.vocabulary.placeholder_markers_any_case
	contains(lowered, marker)
}

# _serialised is the notice as text, written the way Rego prints values
# (JSON in the WebAssembly build): strings quoted as in JSON, with characters
# that cannot be printed escaped with a backslash, so every marker in a value
# survives. On a large notice it costs half as much as json.marshal.
_serialised := $"{input.notice}"

# _pointer is the JSON Pointer (RFC 6901) of a walk path.
_pointer(path) := concat("", [$"/{_segment(key)}" | some key in path])

_segment(key) := format_int(key, 10) if is_number(key)

_segment(key) := replace(replace(key, "~", "~0"), "/", "~1") if is_string(key)

# _cut keeps a long match readable.
_cut(s) := s if count(s) <= 60

_cut(s) := concat("", [substring(s, 0, 57), "..."]) if count(s) > 60
