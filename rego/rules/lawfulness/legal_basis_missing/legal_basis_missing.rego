# METADATA
# title: Purpose or legal basis missing
# description: |
#   The notice must give, for each processing activity, its purposes and the
#   legal basis for each purpose (Art. 13(1)(c), 14(1)(c)). Processing is lawful
#   only on one of the bases of Art. 6(1); a purpose without a basis leaves
#   people unable to know which rights apply, such as objection or
#   withdrawal of consent.
# related_resources:
#   - description: GDPR Art. 13(1)(c), the purposes and the legal basis of the processing
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 6(1), the legal bases
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01), on giving the basis per purpose
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: legal-basis-missing
#   severity: error
#   references:
#     - GDPR Art. 13(1)(c)
#     - GDPR Art. 14(1)(c)
#     - GDPR Art. 6(1)
#   fix: |
#     Give each activity its purposes, and each purpose the Art. 6(1) basis it
#     relies on in legal_bases (consent, contract, legal_obligation,
#     vital_interests, public_task or legitimate_interests).
#   examples:
#     avoid: |
#       activities:
#         - name: Customer orders
#           purposes:
#             - description: Delivering your orders and handling returns
#     prefer: |
#       activities:
#         - name: Customer orders
#           purposes:
#             - description: Delivering your orders and handling returns
#               legal_bases: [contract]
# scope: package
package noticelint.rules.lawfulness.legal_basis_missing

report contains {
	"message": $"The activity \"{activity.name}\" gives no purpose, so no legal basis either.",
	"pointer": $"/activities/{i}",
} if {
	some i, activity in input.notice.activities
	not activity.purposes[0] # cheap first test: most activities have a purpose
	count(object.get(activity, "purposes", [])) == 0
}

report contains {
	"message": $"The purpose \"{purpose.description}\" of the activity \"{activity.name}\" gives no legal basis.",
	"pointer": $"/activities/{i}/purposes/{j}",
} if {
	some i, activity in input.notice.activities
	some j, purpose in activity.purposes
	not purpose.legal_bases[0] # cheap first test: most purposes have a basis
	count(object.get(purpose, "legal_bases", [])) == 0
}
