# METADATA
# title: No channel to exercise rights
# description: |
#   The controller must make it easy to exercise data-subject rights, so the
#   notice must say where to send a request: an e-mail address, a telephone
#   number, a web form or a postal address. A list of rights without a channel
#   leaves people no way to use them.
# related_resources:
#   - description: GDPR Art. 12(2), facilitating the exercise of data-subject rights
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: EDPB Guidelines 01/2022 on data subject rights, right of access
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2022/guidelines-012022-data-subject-rights-right_en
# custom:
#   id: rights-contact
#   severity: error
#   references:
#     - GDPR Art. 12(2)
#     - GDPR Art. 13(2)(b)
#   fix: |
#     Give at least one channel for rights requests in rights.exercise: an
#     e-mail address, a telephone number, a web form or a postal address.
#   examples:
#     avoid: |
#       rights:
#         stated: [access, rectification, erasure, restriction, objection]
#         exercise:
#           website: https://www.example.be
#     prefer: |
#       rights:
#         stated: [access, rectification, erasure, restriction, objection]
#         exercise:
#           email: privacy@example.be
#           form: https://www.example.be/privacy/request
# scope: package
package noticelint.rules.rights.rights_contact

import data.noticelint.lib.text

report contains {
	"message": "The notice does not say where to send a request to exercise data-subject rights: give an e-mail address, telephone number, web form or postal address.",
	"pointer": _pointer,
} if {
	not _has_channel
}

_has_channel if _given(input.notice.rights.exercise.email)

_has_channel if _given(input.notice.rights.exercise.phone)

_has_channel if _given(input.notice.rights.exercise.form)

# A postal address needs more than a country to reach anyone.
_has_channel if _given(input.notice.rights.exercise.postal.street)

_has_channel if _given(input.notice.rights.exercise.postal.postal_code)

_has_channel if _given(input.notice.rights.exercise.postal.city)

_given(s) if not text.blank(s)

# _pointer is the exercise channels, else the rights section, else the root.
_pointer := "/rights/exercise" if {
	input.notice.rights.exercise
} else := "/rights" if {
	input.notice.rights
} else := ""
