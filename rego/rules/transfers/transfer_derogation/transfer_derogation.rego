# METADATA
# title: Art. 49 derogation misused
# description: |
#   The Art. 49 derogations are narrow exceptions for occasional transfers
#   when neither an adequacy decision nor an appropriate safeguard applies.
#   Explicit consent to a transfer is valid only after the person is told the
#   possible risks of a transfer without such protection, and a regular or
#   repeated transfer cannot rest on a derogation at all.
# related_resources:
#   - description: GDPR Art. 49, derogations for specific situations
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_49
#   - description: EDPB Guidelines 2/2018 on derogations of Article 49 (occasional, not repetitive transfers; informed explicit consent)
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en
# custom:
#   id: transfer-derogation
#   severity: error
#   references:
#     - GDPR Art. 49(1)(a)
#     - GDPR Recital 111
#     - EDPB Guidelines 2/2018
#   fix: |
#     For explicit consent, tell the person the possible risks of the transfer
#     before asking (informed_of_risks true). For a regular or repeated
#     transfer, rely on an adequacy decision or an Art. 46 safeguard such as
#     the 2021 standard contractual clauses instead of a derogation.
#   examples:
#     avoid: |
#       transfers:
#         - destination: US
#           recipient: Example CRM Inc.
#           mechanism: derogation_explicit_consent
#           systematic: true  # every customer record, every day
#     prefer: |
#       transfers:
#         - destination: US
#           recipient: Example CRM Inc.
#           mechanism: sccs_2021
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
# scope: package
package noticelint.rules.transfers.transfer_derogation

import data.noticelint.lib.disclosure

report contains {
	"message": $"{disclosure.transfer(transfer)} relies on explicit consent without telling the person the possible risks of a transfer without an adequacy decision or safeguards.",
	"pointer": pointer,
} if {
	some i, transfer in input.notice.transfers
	transfer.mechanism == "derogation_explicit_consent"
	not transfer.informed_of_risks == true
	pointer := _risks_pointer(i, transfer)
}

report contains {
	"message": $"{disclosure.transfer(transfer)} is regular or repeated, but relies on an Art. 49 derogation, which allows only occasional transfers.",
	"pointer": $"/transfers/{i}/systematic",
} if {
	some i, transfer in input.notice.transfers
	startswith(transfer.mechanism, "derogation_")
	transfer.systematic == true
}

_risks_pointer(i, transfer) := $"/transfers/{i}/informed_of_risks" if {
	is_boolean(transfer.informed_of_risks)
} else := $"/transfers/{i}"
