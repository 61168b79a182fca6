# METADATA
# title: Automated decisions or profiling without an explanation
# description: |
#   Where an activity involves decisions based solely on automated processing
#   (Art. 22) or profiling, the notice must give meaningful information about
#   the logic involved and explain the significance and the envisaged
#   consequences of the processing for the person (Art. 13(2)(f), 14(2)(g)).
#   The Court of Justice requires an explanation of the procedure and
#   principles actually applied, not a bare mention that an algorithm is used.
#   The transparency guidelines recommend the same information for profiling
#   that falls short of Art. 22, so profiling triggers the rule too.
# related_resources:
#   - description: GDPR Art. 13(2)(f), existence of automated decision-making, the logic, significance and consequences
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(2)(g), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Art. 22, automated individual decision-making, including profiling
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_22
#   - description: CJEU C-634/21, SCHUFA Holding (Scoring), a credit score can itself be an Art. 22 decision
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-634/21
#   - description: CJEU C-203/22, Dun & Bradstreet Austria, explaining the procedure and principles actually applied
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
# custom:
#   id: automated-decision-info
#   severity: error
#   references:
#     - GDPR Art. 13(2)(f)
#     - GDPR Art. 14(2)(g)
#     - GDPR Art. 22
#   fix: |
#     Under automated_decisions, explain in plain words the logic (which data
#     and criteria the decision or profile rests on), the significance for the
#     person, and the envisaged consequences, such as a refused credit
#     application.
#   examples:
#     avoid: |
#       activities:
#         - name: Payment by invoice
#           automated_decisions:
#             article_22: true
#             description: We decide automatically whether you may pay by invoice.
#     prefer: |
#       activities:
#         - name: Payment by invoice
#           automated_decisions:
#             article_22: true
#             description: We decide automatically whether you may pay by invoice.
#             logic: A credit agency scores your payment history; below a set score, invoice is not offered.
#             significance: The score decides which ways of payment we offer you.
#             consequences: You may have to pay in advance by card or bank transfer.
#             human_intervention: E-mail privacy@example.be and one of our staff reviews the decision.
# scope: package
package noticelint.rules.transparency.automated_decision_info

import data.noticelint.lib.text

# The explanations required, in the order the message lists them.
_explanations := [
	["logic", "the logic involved"],
	["significance", "its significance for the person"],
	["consequences", "its envisaged consequences"],
]

report contains {
	"message": $"The activity \"{activity.name}\" involves {_kind(decisions)} but does not explain {_and(missing)}.",
	"pointer": $"/activities/{i}/automated_decisions",
} if {
	some i, activity in input.notice.activities
	decisions := activity.automated_decisions
	_flagged(decisions)
	missing := [words |
		some [field, words] in _explanations
		text.blank(object.get(decisions, field, ""))
	]
	count(missing) > 0
}

_flagged(decisions) if decisions.article_22 == true

_flagged(decisions) if decisions.profiling == true

_kind(decisions) := "solely automated decisions" if decisions.article_22 == true

_kind(decisions) := "profiling" if {
	decisions.profiling == true
	not decisions.article_22 == true
}

# _and joins phrases as an English list: "a", "a and b", "a, b and c".
_and(items) := items[0] if count(items) == 1

_and(items) := concat(" and ", [concat(", ", array.slice(items, 0, count(items) - 1)), items[count(items) - 1]]) if count(items) > 1
