# METADATA
# title: Transfer relies on an invalidated framework
# description: |
#   The Court of Justice invalidated Safe Harbor on 6 October 2015 (Schrems I)
#   and the EU-US Privacy Shield on 16 July 2020 (Schrems II). From those dates
#   neither gives any protection to a transfer to the United States; a notice
#   that still relies on them names no valid ground for the transfer.
# related_resources:
#   - description: CJEU C-311/18, Facebook Ireland and Schrems (Schrems II)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-311/18
#   - description: CJEU C-362/14, Schrems (Schrems I)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-362/14
#   - description: GDPR Art. 44-46
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_44
# custom:
#   id: transfer-privacy-shield
#   severity: error
#   references:
#     - CJEU C-311/18
#     - CJEU C-362/14
#     - GDPR Art. 13(1)(f)
#   fix: |
#     Rely on a ground in force: the EU-US Data Privacy Framework for a certified
#     US recipient (eu_us_dpf with dpf_certified: true), or the 2021 standard
#     contractual clauses (sccs_2021), and update the notice's wording.
#   examples:
#     avoid: |
#       transfers:
#         - destination: US
#           recipient: Example Mail Inc.
#           mechanism: privacy_shield
#     prefer: |
#       transfers:
#         - destination: US
#           recipient: Example Mail Inc.
#           mechanism: eu_us_dpf
#           dpf_certified: true
# scope: package
package noticelint.rules.transfers.transfer_privacy_shield

import data.noticelint.facts
import data.noticelint.lib.notice

report contains {
	"message": $"The transfer to {_destination(transfer)} relies on {framework.title}, invalid since {framework.invalid_from}.",
	"pointer": $"/transfers/{i}/mechanism",
} if {
	some i, transfer in input.notice.transfers
	framework := facts.invalidated_frameworks.frameworks[transfer.mechanism]
	transfer.mechanism in {"privacy_shield", "safe_harbor"}
	framework.invalid_from <= notice.as_of
}

default _destination(_) := "a country outside the EEA"

_destination(transfer) := transfer.destination
