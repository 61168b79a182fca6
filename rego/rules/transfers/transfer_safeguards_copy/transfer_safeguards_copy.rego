# METADATA
# title: No way to obtain a copy of the transfer safeguards
# description: |
#   For a transfer that rests on appropriate safeguards (standard contractual
#   clauses, binding corporate rules, a code of conduct, a certification, ad
#   hoc clauses or an instrument between public authorities) the notice must
#   say how to obtain a copy of them or where they are available.
# related_resources:
#   - description: GDPR Art. 13(1)(f), the means to obtain a copy of the safeguards or where they are available
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(1)(f), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Art. 46, transfers subject to appropriate safeguards
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_46
# custom:
#   id: transfer-safeguards-copy
#   severity: warning
#   references:
#     - GDPR Art. 13(1)(f)
#     - GDPR Art. 14(1)(f)
#   fix: |
#     Say in safeguards_copy how to obtain a copy of the safeguards, such as an
#     e-mail address to ask for the signed clauses, or a link to where they are
#     published.
#   examples:
#     avoid: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_2021
#     prefer: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_2021
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
# scope: package
package noticelint.rules.transfers.transfer_safeguards_copy

import data.noticelint.lib.disclosure
import data.noticelint.lib.text

_safeguards := {
	"sccs_2021", "sccs_legacy", "bcrs", "code_of_conduct",
	"certification", "ad_hoc_clauses", "public_authority_instrument",
}

report contains {
	"message": $"{disclosure.transfer(transfer)} rests on safeguards but does not say how to obtain a copy of them or where they are available.",
	"pointer": $"/transfers/{i}",
} if {
	some i, transfer in input.notice.transfers
	transfer.mechanism in _safeguards
	text.blank(object.get(transfer, "safeguards_copy", ""))
}
