# METADATA
# title: Transfer relies on the pre-2021 standard contractual clauses
# description: |
#   The 2021 standard contractual clauses repealed the old sets (Decisions
#   2001/497/EC, 2004/915/EC and 2010/87/EU). Contracts signed on the old
#   clauses before 27 September 2021 were deemed to give appropriate
#   safeguards only until 27 December 2022; since then a transfer that relies
#   on them has no valid ground.
# related_resources:
#   - description: Commission Implementing Decision (EU) 2021/914 on standard contractual clauses, Art. 4
#     ref: https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj
#   - description: GDPR Art. 46(2)(c), standard data protection clauses
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_46
# custom:
#   id: transfer-legacy-sccs
#   severity: error
#   references:
#     - Implementing Decision (EU) 2021/914 Art. 4
#     - GDPR Art. 46(2)(c)
#     - GDPR Art. 13(1)(f)
#   fix: |
#     Sign the 2021 standard contractual clauses (the module that fits the
#     roles) with the importer, set mechanism to sccs_2021 and update the
#     notice's wording and safeguards_copy.
#   examples:
#     avoid: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_legacy  # the clauses of Decision 2010/87/EU
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
#     prefer: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_2021
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
# scope: package
package noticelint.rules.transfers.transfer_legacy_sccs

import data.noticelint.facts
import data.noticelint.lib.disclosure
import data.noticelint.lib.notice

report contains {
	"message": $"{disclosure.transfer(transfer)} relies on the standard contractual clauses adopted before 2021, which no longer give appropriate safeguards since {legacy.invalid_from}.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	transfer.mechanism == "sccs_legacy"
	legacy := facts.invalidated_frameworks.frameworks.sccs_legacy
	legacy.invalid_from <= notice.as_of
}
