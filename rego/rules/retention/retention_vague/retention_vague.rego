# METADATA
# title: Retention described only in vague words
# description: |
#   A notice must give the storage period or, when that is impossible, the
#   concrete criteria that decide it. Words such as "as long as necessary"
#   give neither, and the transparency guidelines say they are not enough.
#   This rule flags an activity whose retention is only a statement, without
#   period or criteria, and criteria that are only such vague words.
# related_resources:
#   - description: GDPR Art. 13(2)(a), storage period or the criteria used to determine it
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(2)(a), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: retention-vague
#   severity: warning
#   references:
#     - GDPR Art. 13(2)(a)
#     - GDPR Art. 14(2)(a)
#     - WP260 rev.01
#   fix: |
#     Give retention.period (an ISO 8601 duration such as P2Y, with the event it
#     runs from in retention.from), or retention.criteria that let a reader work
#     out the date, such as a statutory period or the end of a contract. Keep
#     the notice's own words in retention.statement if you like.
#   examples:
#     avoid: |
#       activities:
#         - name: Job applications
#           retention:
#             statement: We keep your data as long as necessary.
#     prefer: |
#       activities:
#         - name: Job applications
#           retention:
#             period: P1Y
#             from: the end of the recruitment procedure
# scope: package
package noticelint.rules.retention.retention_vague

import data.noticelint.facts
import data.noticelint.lib.text

# Only a statement: no period and no criteria. Few activities have a
# statement, so that test comes first.
report contains {
	"message": _statement_message(activity.name, retention.statement),
	"pointer": $"/activities/{i}/retention",
} if {
	some i, activity in input.notice.activities
	is_string(activity.retention.statement)
	retention := activity.retention
	not retention.period
	trim_space(object.get(retention, "criteria", "")) == "" # blank or absent
}

# Criteria that are only vague words, and no period.
report contains {
	"message": $"The retention criteria of activity \"{activity.name}\" are not concrete (\"{_quote(retention.criteria)}\"): give a period or criteria that decide when the data is deleted.",
	"pointer": $"/activities/{i}/retention/criteria",
} if {
	some i, activity in input.notice.activities
	retention := activity.retention
	not retention.period
	text.contains_any(retention.criteria, facts.vocabulary.vague_retention)
}

_statement_message(name, statement) := $"Activity \"{name}\" gives an empty retention statement: give a period or concrete criteria." if {
	text.blank(statement)
} else := $"Activity \"{name}\" says only \"{_quote(statement)}\" about retention: give a period or concrete criteria."

# _quote is s on one line, cut to about 80 characters.
_quote(s) := q if {
	q := _one_line(s)
	count(q) <= 80
}

_quote(s) := concat("", [_cut(q), "…"]) if {
	q := _one_line(s)
	count(q) > 80
}

# _cut is the start of q up to 77 characters, ending at a word boundary
# when that leaves at least 20: the text before the last space of its
# first 78 characters. Splitting is much cheaper than a regular expression.
_cut(q) := trim_right(head, " ,;:") if {
	words := split(substring(q, 0, 78), " ")
	head := concat(" ", array.slice(words, 0, count(words) - 1))
	count(head) >= 20
} else := substring(q, 0, 77)

_one_line(s) := trim_space(replace(replace(replace(s, "\r", " "), "\n", " "), "\t", " "))
