# METADATA
# title: Whether providing the data is required is not stated
# description: |
#   When data is collected from the person, the notice must say whether
#   providing it is a statutory or contractual requirement or needed to enter
#   into a contract, whether the person is obliged to provide it, and what
#   happens if they do not (Art. 13(2)(e)). Art. 13 is the default situation,
#   so the rule applies unless the notice says data comes only from other
#   sources. Camera surveillance is left out: the person provides nothing.
# related_resources:
#   - description: GDPR Art. 13(2)(e), statutory or contractual requirement and consequences of not providing the data
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01), on mandatory fields
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: provision-requirement
#   severity: warning
#   references:
#     - GDPR Art. 13(2)(e)
#   fix: |
#     Give each activity a provision with its requirement (statutory,
#     contractual, contract_precondition or voluntary) and, unless it is
#     voluntary, the consequences of not providing the data, such as "without
#     your address we cannot deliver your order".
#   examples:
#     avoid: |
#       activities:
#         - name: Customer orders
#           provision:
#             requirement: contract_precondition
#     prefer: |
#       activities:
#         - name: Customer orders
#           provision:
#             requirement: contract_precondition
#             consequences: Without your name and address we cannot accept or deliver your order.
# scope: package
package noticelint.rules.transparency.provision_requirement

# The requirements that need consequences, with their words in the message.
# A body binds it once before its loop: a local lookup per activity is
# cheaper than a lookup in the rule.
_required := {
	"statutory": "required by law",
	"contractual": "required by contract",
	"contract_precondition": "needed to enter into a contract",
}

report contains {
	"message": $"The activity \"{activity.name}\" does not say whether providing the data is required by law or contract, or optional.",
	"pointer": $"/activities/{i}",
} if {
	_from_the_person
	some i, activity in input.notice.activities
	not activity.provision
	not activity.video_surveillance
}

report contains {
	"message": $"The activity \"{activity.name}\" says providing the data is {required} but not what happens if it is not provided.",
	"pointer": $"/activities/{i}/provision",
} if {
	_from_the_person
	requirements := _required
	some i, activity in input.notice.activities
	required := requirements[activity.provision.requirement]
	trim_space(object.get(activity.provision, "consequences", "")) == "" # text.blank, without a call per activity
}

_from_the_person if "data_subject" in input.notice.collected_from

# A notice silent on how it collects data is read as an Art. 13 notice.
_from_the_person if count(object.get(input.notice, "collected_from", [])) == 0
