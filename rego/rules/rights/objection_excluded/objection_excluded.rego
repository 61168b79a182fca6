# METADATA
# title: Right to object excluded
# description: |
#   Where processing rests on a public task or on legitimate interests, people
#   may object at any time on grounds relating to their particular situation,
#   and the notice must bring this right explicitly to their attention. A
#   notice that excludes objection for such an activity denies a right the
#   GDPR grants.
# related_resources:
#   - description: GDPR Art. 21(1) and 21(4), the right to object and the duty to present it
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_21
#   - description: GDPR Art. 13(2)(b), informing of the right to object
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
# custom:
#   id: objection-excluded
#   severity: error
#   references:
#     - GDPR Art. 21(1)
#     - GDPR Art. 21(4)
#   fix: |
#     Offer the right to object for the activity (objection.availability:
#     offered) and say how to object; the controller may then continue only if
#     it shows compelling legitimate grounds or needs the data for legal claims.
#   examples:
#     avoid: |
#       activities:
#         - name: Customer surveys
#           purposes:
#             - description: Asking customers about their last order
#               legal_bases: [legitimate_interests]
#               legitimate_interest: Improving our service
#           objection:
#             availability: excluded
#             statement: You cannot object to this processing.
#     prefer: |
#       activities:
#         - name: Customer surveys
#           purposes:
#             - description: Asking customers about their last order
#               legal_bases: [legitimate_interests]
#               legitimate_interest: Improving our service
#           objection:
#             availability: offered
#             how: E-mail privacy@example.be and we stop sending you surveys.
# scope: package
package noticelint.rules.rights.objection_excluded

# _bases holds the Art. 6(1) bases that carry the right to object, in the order of the GDPR.
_bases := [
	["public_task", "a public task (Art. 6(1)(e))"],
	["legitimate_interests", "legitimate interests (Art. 6(1)(f))"],
]

report contains {
	"message": $"Activity \"{activity.name}\" excludes the right to object although it relies on {concat(" and ", relied)}.",
	"pointer": $"/activities/{i}/objection/availability",
} if {
	some i, activity in input.notice.activities
	activity.objection.availability == "excluded"

	# The activity's bases, gathered once rather than once per basis.
	activity_bases := {basis | some purpose in activity.purposes; some basis in purpose.legal_bases}
	relied := [label |
		some [basis, label] in _bases
		basis in activity_bases
	]
	count(relied) > 0
}
