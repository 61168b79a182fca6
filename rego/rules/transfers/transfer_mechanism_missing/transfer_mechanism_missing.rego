# METADATA
# title: Transfer without destination or without a transfer mechanism
# description: |
#   For each transfer outside the EEA a notice must say where the data goes
#   and on which Chapter V ground: an adequacy decision, an Art. 46 safeguard
#   or an Art. 49 derogation. A transfer that names no destination, or that
#   names no ground although no adequacy decision covers the whole
#   destination country, leaves people unable to judge how their data is
#   protected.
# related_resources:
#   - description: GDPR Art. 13(1)(f), the transfer and the adequacy decision or safeguards
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 44, the general principle for transfers
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_44
#   - description: GDPR Art. 45, transfers on the basis of an adequacy decision
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_45
#   - description: GDPR Art. 46, transfers subject to appropriate safeguards
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_46
# custom:
#   id: transfer-mechanism-missing
#   severity: error
#   references:
#     - GDPR Art. 13(1)(f)
#     - GDPR Art. 14(1)(f)
#     - GDPR Art. 44-46
#   fix: |
#     Give each transfer its destination (ISO country code) or the
#     international organisation, and its mechanism: sccs_2021, bcrs,
#     eu_us_dpf for a certified US recipient, a derogation, or adequacy where
#     the Commission has found the country adequate.
#   examples:
#     avoid: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#     prefer: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_2021
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
# scope: package
package noticelint.rules.transfers.transfer_mechanism_missing

import data.noticelint.lib.countries
import data.noticelint.lib.disclosure
import data.noticelint.lib.notice
import data.noticelint.lib.text

# No destination, no international organisation and no region.
report contains {
	"message": $"{disclosure.transfer(transfer)} does not say where the data goes: give the destination country or the international organisation.",
	"pointer": $"/transfers/{i}",
} if {
	some i, transfer in input.notice.transfers
	not transfer.destination
	text.blank(object.get(transfer, "organisation", ""))
	text.blank(object.get(transfer, "region", ""))
}

# Only a region, which no adequacy decision covers as a whole, and no mechanism.
report contains {
	"message": $"{disclosure.transfer(transfer)} names only the region \"{transfer.region}\" and no transfer mechanism: name the countries and the ground each transfer relies on.",
	"pointer": $"/transfers/{i}",
} if {
	some i, transfer in input.notice.transfers
	not transfer.destination
	not transfer.mechanism
	text.blank(object.get(transfer, "organisation", ""))
	_filled(object.get(transfer, "region", ""))
}

# A third country with no adequacy decision for the whole country, and no mechanism.
report contains {
	"message": $"{disclosure.transfer(transfer)} names no transfer mechanism, and no adequacy decision covers the whole of {country}: give the ground the transfer relies on.",
	"pointer": $"/transfers/{i}",
} if {
	some i, transfer in input.notice.transfers
	not transfer.mechanism
	country := transfer.destination
	not countries.in_eea(country)
	not countries.adequate(country, notice.as_of)
}

# An international organisation with no adequacy decision, and no mechanism.
report contains {
	"message": $"{disclosure.transfer(transfer)} names no transfer mechanism, and no adequacy decision covers that organisation: give the ground the transfer relies on.",
	"pointer": $"/transfers/{i}",
} if {
	some i, transfer in input.notice.transfers
	not transfer.mechanism
	not transfer.destination
	organisation := transfer.organisation
	_filled(organisation)
	not disclosure.adequate_organisation(organisation, notice.as_of)
}

_filled(s) if not text.blank(s)
