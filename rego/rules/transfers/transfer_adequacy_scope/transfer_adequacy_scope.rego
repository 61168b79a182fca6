# METADATA
# title: Adequacy relied on where no decision covers the transfer
# description: |
#   A transfer may rest on adequacy only where a Commission adequacy decision
#   in force covers the destination. This rule flags adequacy claimed for a
#   country or organisation without a decision in force, the EU-US Data
#   Privacy Framework claimed for a country other than the United States, and
#   a US transfer whose recipient is not certified under the Framework: the
#   US decision covers only certified organisations. The limits of the
#   sectoral decisions (Canada, Japan, Korea, Israel) cannot be checked from
#   the notice and are left alone.
# related_resources:
#   - description: GDPR Art. 45, transfers on the basis of an adequacy decision
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_45
#   - description: Commission Implementing Decision (EU) 2023/1795, EU-US Data Privacy Framework
#     ref: https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj
#   - description: GDPR Art. 13(1)(f), the existence or absence of an adequacy decision
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
# custom:
#   id: transfer-adequacy-scope
#   severity: error
#   references:
#     - GDPR Art. 45
#     - Implementing Decision (EU) 2023/1795
#     - GDPR Art. 13(1)(f)
#   fix: |
#     Rely on adequacy only for a destination with a decision in force. For the
#     United States use eu_us_dpf with dpf_certified true for a recipient on
#     the Data Privacy Framework List; otherwise use another ground, such as
#     the 2021 standard contractual clauses (sccs_2021).
#   examples:
#     avoid: |
#       transfers:
#         - destination: IN  # no adequacy decision covers India
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: adequacy
#     prefer: |
#       transfers:
#         - destination: IN
#           recipient: Example Support Services Pvt. Ltd.
#           mechanism: sccs_2021
#           safeguards_copy: E-mail privacy@example.be for a copy of the clauses.
# scope: package
package noticelint.rules.transfers.transfer_adequacy_scope

import data.noticelint.lib.countries
import data.noticelint.lib.disclosure
import data.noticelint.lib.notice
import data.noticelint.lib.text

# (a) Adequacy claimed for a third country without a decision in force: any
# country under "adequacy", the United States under "eu_us_dpf".
report contains {
	"message": $"{disclosure.transfer(transfer)} relies on an adequacy decision, but none for {country} is in force on {notice.as_of}.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	_adequacy_claimed(transfer)
	country := transfer.destination
	not countries.in_eea(country)
	not countries.adequacy(country, notice.as_of)
}

# (a) Adequacy claimed for an international organisation without a decision.
report contains {
	"message": $"{disclosure.transfer(transfer)} relies on an adequacy decision, but none for that organisation is in force on {notice.as_of}.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	transfer.mechanism == "adequacy"
	not transfer.destination
	organisation := transfer.organisation
	not text.blank(organisation)
	not disclosure.adequate_organisation(organisation, notice.as_of)
}

# (b) The Data Privacy Framework outside the United States.
report contains {
	"message": $"{disclosure.transfer(transfer)} relies on the EU-US Data Privacy Framework, which covers only certified organisations in the United States.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	transfer.mechanism == "eu_us_dpf"
	_elsewhere(transfer)
}

# (c) A US recipient the notice says is not certified.
report contains {
	"message": $"{disclosure.transfer(transfer)} relies on the US adequacy decision, but the notice says the recipient is not certified under the EU-US Data Privacy Framework, the only recipients that decision covers.",
	"pointer": $"/transfers/{i}/dpf_certified",
} if {
	some i, transfer in input.notice.transfers
	transfer.destination == "US"
	transfer.mechanism in {"adequacy", "eu_us_dpf"}
	transfer.dpf_certified == false
	countries.adequacy("US", notice.as_of)
}

# (c) "adequacy" for the United States without saying the recipient is certified.
report contains {
	"message": $"{disclosure.transfer(transfer)} relies on adequacy without saying the recipient is certified under the EU-US Data Privacy Framework, the only US recipients the decision covers.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	transfer.destination == "US"
	transfer.mechanism == "adequacy"
	not _has_dpf_certified(transfer)
	countries.adequacy("US", notice.as_of)
}

_adequacy_claimed(transfer) if transfer.mechanism == "adequacy"

_adequacy_claimed(transfer) if {
	transfer.mechanism == "eu_us_dpf"
	transfer.destination == "US"
}

# A destination other than the United States: another country, or an
# international organisation instead of a country.
_elsewhere(transfer) if transfer.destination != "US"

_elsewhere(transfer) if {
	not transfer.destination
	not text.blank(transfer.organisation)
}

_has_dpf_certified(transfer) if is_boolean(transfer.dpf_certified)
