# METADATA
# title: Identity document demanded for every request
# description: |
#   A controller may ask for more information only when it has reasonable
#   doubts about who is making a request, and asking for a copy of an identity
#   document is disproportionate unless strictly necessary. A notice that
#   demands an identity card or passport for every request puts people off and
#   creates a needless security risk.
# related_resources:
#   - description: GDPR Art. 12(6), additional information only in reasonable doubt about identity
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: EDPB Guidelines 01/2022 on data subject rights, right of access, §§69-78 on identification
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2022/guidelines-012022-data-subject-rights-right_en
#   - description: Autoriteit Persoonsgegevens, fine of DPG Media (2022) for demanding a copy of an identity document
#     ref: https://www.autoriteitpersoonsgegevens.nl/actueel/ap-boete-dpg-media-voor-onnodig-opvragen-identiteitsbewijs
# custom:
#   id: rights-identity
#   severity: warning
#   references:
#     - GDPR Art. 12(6)
#     - EDPB Guidelines 01/2022 §§69-78
#     - AP, DPG Media fine (2022)
#   fix: |
#     Ask for proof of identity only when there is reasonable doubt
#     (identity_check.when: reasonable_doubt), and ask first for information
#     the controller already holds, such as the e-mail address of the account,
#     rather than a copy of an identity card or passport.
#   examples:
#     avoid: |
#       rights:
#         identity_check:
#           when: every_request
#           document: a copy of both sides of your identity card
#     prefer: |
#       rights:
#         identity_check:
#           when: reasonable_doubt
#           document: a reply from the e-mail address linked to your customer account
# scope: package
package noticelint.rules.rights.rights_identity

import data.noticelint.facts
import data.noticelint.lib.text

report contains {
	"message": $"The notice demands \"{check.document}\" for every request, although proof of identity may be asked only in reasonable doubt and a copy of an identity document only when strictly necessary.",
	"pointer": "/rights/identity_check",
} if {
	check := input.notice.rights.identity_check
	check.when == "every_request"
	text.contains_any(check.document, facts.vocabulary.identity_documents)
}
