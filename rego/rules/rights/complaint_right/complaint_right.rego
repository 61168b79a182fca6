# METADATA
# title: Right to complain not stated
# description: |
#   A notice must tell people that they can lodge a complaint with a
#   supervisory authority. Without it, people who disagree with the controller
#   do not learn that an independent authority can hear them.
# related_resources:
#   - description: GDPR Art. 13(2)(d) and 14(2)(e), informing of the right to complain
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 77, the right to lodge a complaint with a supervisory authority
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_77
# custom:
#   id: complaint-right
#   severity: error
#   references:
#     - GDPR Art. 13(2)(d)
#     - GDPR Art. 14(2)(e)
#     - GDPR Art. 77
#   fix: |
#     State that people may lodge a complaint with a supervisory authority, in
#     particular in the member state of their habitual residence, place of work
#     or place of the alleged infringement (rights.complaint.stated: true), and
#     preferably name the authority with its website.
#   examples:
#     avoid: |
#       rights:
#         stated: [access, rectification, erasure, restriction, objection]
#         exercise:
#           email: privacy@example.be
#     prefer: |
#       rights:
#         stated: [access, rectification, erasure, restriction, objection]
#         exercise:
#           email: privacy@example.be
#         complaint:
#           stated: true
#           authority:
#             name: Gegevensbeschermingsautoriteit (GBA)
#             country: BE
# scope: package
package noticelint.rules.rights.complaint_right

report contains {
	"message": "The notice does not state the right to lodge a complaint with a supervisory authority.",
	"pointer": _pointer,
} if {
	not input.notice.rights.complaint.stated == true
}

# _pointer is the complaint section, else the rights section, else the root.
_pointer := "/rights/complaint" if {
	input.notice.rights.complaint
} else := "/rights" if {
	input.notice.rights
} else := ""
